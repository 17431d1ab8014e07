import { createEffect, createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { removedCircles, withBuiltInCircles } from '../../workbook/built-in-circles';
import { indexById, sameIds } from '../../workbook/lookups';
import { MAX_NAME } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { AddButtons } from '../shared/AddButtons';
import { changesOnDemand } from '../shared/changes-on-demand';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { LoadProblem, onDemand } from '../shared/on-demand';
import { PersonPageLink } from '../shared/PersonPageLink';
import { createPager, ShowMore } from '../shared/ShowMore';
import { UndoBar } from '../shared/UndoBar';
import { EMPTY, useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { type CircleGroup, drawSame, groupByCircle, totals } from './circles';

const EMPTY_GROUP: CircleGroup = { id: '', name: '', builtIn: false, people: [] };

/** Props of the worksheet: the ideas shown in empty circles (examples.ts), written into the page by its frame. */
export interface NetworkMapProps {
  /** The idea for each built-in circle, by circle id. */
  ideas: Readonly<Record<string, string>>;
  /** The idea for a circle the student made. */
  ownIdea: string;
}

/** Step 1 worksheet: the people you know, in circles; add, edit and remove people and circles. */
export default function NetworkMap(props: NetworkMapProps) {
  // Plain data (no store on this page): circles grouped once per change, each person found by id.
  const data = useWorkbookData();
  const [circleId, setCircleId] = createSignal('work');
  const [editing, setEditing] = createSignal<string>();
  /** The person just added: their circle shows pages up to them, so the student sees who they added. */
  const [added, setAdded] = createSignal<string>();
  const [editorFocus, setEditorFocus] = createSignal<'name' | 'circle'>('name');
  const [renaming, setRenaming] = createSignal<string>();

  // Worked out again only when people or circles change, not at every change of the workbook.
  const contacts = createMemo(() => data().contacts);
  // An older workbook shows the circles the step 1 page has named since; they are stored with the
  // student's first change here (`change`), so opening the page writes nothing.
  const storedCircles = createMemo(() => data().circles);
  const removedList = createMemo(() => removedCircles(data()));
  const circles = createMemo(() => withBuiltInCircles(storedCircles(), removedList()));
  const groups = createMemo(() => groupByCircle({ circles: circles(), contacts: contacts() }));
  // The picture redraws only when what it shows changed (not while notes are typed: 5,000 dots).
  const drawnGroups = createMemo(groups, undefined, { equals: drawSame });
  const people = createMemo(() => indexById(contacts()));
  const counts = createMemo(() => totals({ circles: circles(), contacts: contacts() }));
  /** Ids of the sections to show: every circle, then '' for people in no known circle. */
  const groupIds = () => groups().map((g) => g.id);

  // The drawn map: its code loads once the island has started; its box keeps its size meanwhile.
  const picture = onDemand(() => import('./MapPicture'));
  const [drawn, setDrawn] = createSignal(false);
  onMount(() => setDrawn(true));
  // What changes the workbook (map-changes.tsx) is fetched when the student first reaches the
  // worksheet's fields or buttons or opens a person, or at the first click; a change asked for
  // before it arrives is made then.
  const {
    now: changes,
    use: act,
    prefetch,
    failed,
  } = changesOnDemand(() => import('./map-changes').then((m) => m.createMapChanges(data)));
  const removed = () => changes()?.removed();

  // A person's editor (with the fields it shares with the tracker's) loads when one is first opened;
  // until then the person's row stays as it is.
  const personEditor = onDemand(() => import('./PersonEditor').then((m) => m.PersonEditor));
  /** Opens a person's editor, from their Edit button or their dot on the map (the editor takes the focus). */
  const open = (id: string) => {
    setEditorFocus('name');
    setEditing(id);
    prefetch();
  };

  // An address that names a person (?contact=<id>, from their page) opens their editor, once the
  // saved workbook is shown. Only an address with a query can: its reader loads then.
  let openedAsked = false;
  createEffect(() => {
    if (openedAsked || data() === EMPTY) return;
    openedAsked = true;
    if (!location.search) return;
    import('../shared/chosen-person').then(
      (m) => {
        const asked = m.askedPerson(location.search);
        if (people().has(asked)) open(asked);
      },
      () => undefined,
    );
  });

  const entry = createEntry(() => add());
  const add = (allowDuplicate = false) => {
    const name = entry.text();
    const chosen = circleId();
    act((m) => {
      const id = m.addPerson(entry, name, chosen, allowDuplicate);
      if (id) setAdded(id);
    });
  };

  const remove = (id: string) =>
    act((m) => {
      m.remove(id);
      setEditing(undefined);
    });

  const newCircle = createEntry(() => submitCircle());
  const submitCircle = () => {
    const name = newCircle.text();
    act((m) => m.addCircle(newCircle, name));
  };

  const dropCircle = (group: CircleGroup) =>
    act((m) => {
      if (m.dropCircle(group) && circleId() === group.id) setCircleId(circles()[0]?.id ?? '');
    });

  return (
    <div class="network-map" onFocusIn={prefetch}>
      <WorkbookStatus />
      <fieldset class="no-print">
        <legend>Add people you know</legend>
        <div class="field">
          <label for="nm-circle">Circle</label>
          <select id="nm-circle" value={circleId()} onChange={(e) => setCircleId(e.currentTarget.value)}>
            {/* Each option says whether it is chosen: a circle stored at the first change is a new option. */}
            <For each={circles()}>
              {(c) => (
                <option value={c.id} selected={c.id === circleId()}>
                  {c.name}
                </option>
              )}
            </For>
          </select>
        </div>
        <Field
          id="nm-name"
          label="Name"
          hint="Type a name and press Enter. Then type the next one."
          maxLength={MAX_NAME}
          {...entry.field}
        />
        <AddButtons label="Add person" duplicate={entry.duplicate()} onAdd={add} />
      </fieldset>

      <p class="totals" aria-live="off">
        <Show when={counts().people} fallback="No one on your list yet.">
          {countOf(counts().people, 'person', 'people')} on your list,{' '}
          {countOf(counts().circlesWithPeople, 'circle', 'circles')} with people in them.
        </Show>
      </p>

      <figure class="nm-map-figure">
        <div class="nm-map">
          <Show when={drawn() && picture()}>
            {(loaded) => {
              const Picture = loaded().default;
              return <Picture groups={drawnGroups()} onOpen={open} />;
            }}
          </Show>
        </div>
        <figcaption class="nm-legend">
          <span class="nm-key nm-key-high" aria-hidden="true" /> Diamond: rated high in step 3.{' '}
          <span class="nm-key nm-key-contacted" aria-hidden="true" /> Filled: contacted.{' '}
          <span class="no-print">Choose a dot to edit that person. The list below has every detail.</span>
        </figcaption>
      </figure>

      <UndoBar
        message={removed() ? `Removed ${removed()?.contact.name}.` : undefined}
        onUndo={() => act((m) => m.undo())}
        onDismiss={() => act((m) => m.dismiss())}
      />
      <Show when={failed()}>
        <LoadProblem what="network map’s changes" />
      </Show>

      <For each={groupIds()}>
        {(groupId) => {
          // Keyed by id, so a section (and an open editor in it) survives changes elsewhere.
          const group = createMemo(() => groups().find((g) => g.id === groupId) ?? EMPTY_GROUP);
          const ids = createMemo(() => group().people.map((p) => p.id), undefined, { equals: sameIds });
          // A long circle shows a page of people at a time; a person being edited who moves here stays in view.
          const pager = createPager(() => ids().length);
          createEffect(() => {
            for (const id of [editing(), added()]) {
              const at = ids().indexOf(id ?? '');
              if (at >= 0) pager.reveal(at);
            }
          });
          let list: HTMLUListElement | undefined;
          return (
            <section class="circle" aria-labelledby={`nm-circle-${group().id || 'none'}`}>
              <div class="circle-head">
                <h4 id={`nm-circle-${group().id || 'none'}`}>
                  {group().name} <span class="count">({countOf(group().people.length, 'person', 'people')})</span>
                </h4>
                <Show when={group().id && renaming() !== group().id}>
                  <div class="button-row no-print">
                    <button type="button" class="small-button" onClick={() => act(() => setRenaming(group().id))}>
                      Rename<span class="sr-only"> {group().name}</span>
                    </button>
                    <button type="button" class="small-button danger" onClick={() => dropCircle(group())}>
                      Remove circle<span class="sr-only"> {group().name}</span>
                    </button>
                  </div>
                </Show>
              </div>
              <Show when={renaming() === group().id && changes()?.RenameCircle} keyed>
                {(RenameCircle) => <RenameCircle group={group()} onClose={() => setRenaming(undefined)} />}
              </Show>
              <Show
                when={group().people.length}
                fallback={
                  <>
                    <p class="empty-hint">
                      <span class="no-print">No one here yet. </span>Ideas: {props.ideas[group().id] ?? props.ownIdea}
                    </p>
                    <div class="print-lines" aria-hidden="true">
                      <div class="print-line" />
                      <div class="print-line" />
                      <div class="print-line" />
                    </div>
                  </>
                }
              >
                <ul class="entry-list" ref={list}>
                  <For each={pager.page(ids())}>
                    {(personId) => {
                      // One row per id: editing a person updates their row instead of drawing a new one.
                      const person = createMemo(() => people().get(personId));
                      return (
                        <Show when={person()}>
                          {(p) => (
                            <li class="entry" id={`nm-p-${personId}`}>
                              <Show
                                when={editing() === personId && personEditor()}
                                fallback={
                                  <>
                                    <p class="entry-name">{p().name}</p>
                                    <Show when={p().howKnown || p().org}>
                                      <p class="entry-detail">{[p().howKnown, p().org].filter(Boolean).join(' · ')}</p>
                                    </Show>
                                    <Show when={p().notes}>
                                      <p class="entry-detail">{p().notes}</p>
                                    </Show>
                                    <Show when={editing() === personId && personEditor.failed()}>
                                      <LoadProblem what="editor" />
                                    </Show>
                                    <div class="button-row no-print">
                                      <PersonPageLink id={personId} name={p().name} />
                                      <button
                                        type="button"
                                        class="small-button"
                                        data-edit={personId}
                                        onClick={() => open(personId)}
                                      >
                                        Edit<span class="sr-only"> {p().name}</span>
                                      </button>
                                      <button
                                        type="button"
                                        class="small-button danger"
                                        onClick={() => remove(personId)}
                                      >
                                        Remove<span class="sr-only"> {p().name}</span>
                                      </button>
                                    </div>
                                  </>
                                }
                              >
                                {(loaded) => {
                                  const PersonEditor = loaded();
                                  return (
                                    <PersonEditor
                                      person={p()}
                                      circles={circles()}
                                      focus={editorFocus()}
                                      onChange={(patch) => {
                                        if ('circleId' in patch) setEditorFocus('circle');
                                        act((m) => m.save(personId, patch));
                                      }}
                                      onDone={() => {
                                        setEditing(undefined);
                                        queueMicrotask(() =>
                                          document
                                            .querySelector<HTMLButtonElement>(`[data-edit="${personId}"]`)
                                            ?.focus(),
                                        );
                                      }}
                                      onRemove={() => remove(personId)}
                                    />
                                  );
                                }}
                              </Show>
                            </li>
                          )}
                        </Show>
                      );
                    }}
                  </For>
                </ul>
                <ShowMore pager={pager} list={() => list} noun={['person', 'people']} which={`in ${group().name}`} />
              </Show>
            </section>
          );
        }}
      </For>

      <fieldset class="no-print">
        <legend>Add a circle of your own</legend>
        <Field
          id="nm-new-circle"
          label="Circle name"
          hint="For example: Neighbours, Volunteering, Faith community, Online groups."
          maxLength={MAX_NAME}
          {...newCircle.field}
        />
        <button type="button" class="button secondary" onClick={submitCircle}>
          Add circle
        </button>
      </fieldset>
    </div>
  );
}

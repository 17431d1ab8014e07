import { createSignal, For, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { addContact, type RemovedContact, removeContact, restoreContact, updateContact } from '../../workbook/contacts';
import { MAX_NAME, MAX_TEXT, type Workbook } from '../../workbook/model';
import { AddButtons } from '../shared/AddButtons';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { UndoBar } from '../shared/UndoBar';
import { useWorkbook } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { addCircle, type CircleGroup, groupByCircle, removeCircle, renameCircle, totals } from './circles';
import { CIRCLE_EXAMPLES, OWN_CIRCLE_EXAMPLE } from './examples';
import { PersonEditor } from './PersonEditor';

const EMPTY_GROUP: CircleGroup = { id: '', name: '', builtIn: false, people: [] };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Step 1 worksheet: the people you know, in circles; add, edit and remove people and circles. */
export default function NetworkMap() {
  const doc = useWorkbook();
  const now = () => new Date();
  const [circleId, setCircleId] = createSignal('work');
  const [editing, setEditing] = createSignal<string>();
  const [editorFocus, setEditorFocus] = createSignal<'name' | 'circle'>('name');
  const [removed, setRemoved] = createSignal<RemovedContact>();
  const [renaming, setRenaming] = createSignal<string>();
  const [renameText, setRenameText] = createSignal('');
  const [renameError, setRenameError] = createSignal<string>();

  /** Ids of the sections to show: every circle, then '' for people in no known circle. */
  const groupIds = () => groupByCircle(doc()).map((g) => g.id);

  const circleName = (id: string, d: Workbook) => d.circles.find((c) => c.id === id)?.name ?? 'no circle';

  const entry = createEntry(() => add());
  const add = (allowDuplicate = false) => {
    const name = entry.text();
    let problem: string | undefined;
    updateWorkbook((d) => {
      const target = d.circles.some((c) => c.id === circleId()) ? circleId() : '';
      const r = addContact(d, { name, circleId: target }, now(), allowDuplicate);
      if (!r.ok) problem = r.error;
      return r.ok ? r.doc : d;
    });
    if (problem) {
      entry.refuse(problem, problem.includes('already on your list'));
      return;
    }
    const d = doc();
    announce(
      `Added ${name.trim()} to ${circleName(circleId(), d)}. ${plural(d.contacts.length, 'person', 'people')} in total.`,
    );
    entry.accept();
  };

  const remove = (id: string) => {
    let info: RemovedContact | undefined;
    updateWorkbook((d) => {
      const r = removeContact(d, id);
      info = r.removed;
      return r.doc;
    });
    setEditing(undefined);
    setRemoved(info);
  };

  const undo = () => {
    const info = removed();
    if (!info) return;
    updateWorkbook((d) => restoreContact(d, info));
    announce(`${info.contact.name} is back on your list.`);
    setRemoved(undefined);
  };

  const newCircle = createEntry(() => submitCircle());
  const submitCircle = () => {
    const name = newCircle.text();
    let problem: string | undefined;
    updateWorkbook((d) => {
      const r = addCircle(d, name);
      if (!r.ok) problem = r.error;
      return r.ok ? r.doc : d;
    });
    if (problem) {
      newCircle.refuse(problem);
      return;
    }
    announce(`Added the circle ${name.trim()}.`);
    newCircle.reset();
  };

  const startRename = (group: CircleGroup) => {
    setRenaming(group.id);
    setRenameText(group.name);
    setRenameError(undefined);
  };

  const saveRename = (id: string) => {
    let problem: string | undefined;
    updateWorkbook((d) => {
      const r = renameCircle(d, id, renameText());
      if (!r.ok) problem = r.error;
      return r.ok ? r.doc : d;
    });
    setRenameError(problem);
    if (!problem) setRenaming(undefined);
  };

  const dropCircle = (group: CircleGroup) => {
    const count = group.people.length;
    const question = count
      ? `Remove the circle "${group.name}"? The ${plural(count, 'person', 'people')} in it ${count === 1 ? 'stays' : 'stay'} on your list, under "Not in a circle".`
      : `Remove the circle "${group.name}"?`;
    if (!window.confirm(question)) return;
    updateWorkbook((d) => removeCircle(d, group.id));
    if (circleId() === group.id) setCircleId(doc().circles[0]?.id ?? '');
    announce(`Removed the circle ${group.name}.`);
  };

  return (
    <div class="network-map">
      <WorkbookStatus />
      <fieldset class="no-print">
        <legend>Add people you know</legend>
        <div class="field">
          <label for="nm-circle">Circle</label>
          <select id="nm-circle" value={circleId()} onChange={(e) => setCircleId(e.currentTarget.value)}>
            <For each={doc().circles}>{(c) => <option value={c.id}>{c.name}</option>}</For>
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
        <Show when={doc().contacts.length} fallback="No one on your list yet.">
          {plural(totals(doc()).people, 'person', 'people')} on your list,{' '}
          {plural(totals(doc()).circlesWithPeople, 'circle', 'circles')} with people in them.
        </Show>
      </p>

      <UndoBar
        message={removed() ? `Removed ${removed()?.contact.name}.` : undefined}
        onUndo={undo}
        onDismiss={() => setRemoved(undefined)}
      />

      <For each={groupIds()}>
        {(groupId) => {
          // Keyed by id, so a section (and an open editor in it) survives changes elsewhere.
          const group = () => groupByCircle(doc()).find((g) => g.id === groupId) ?? EMPTY_GROUP;
          return (
            <section class="circle" aria-labelledby={`nm-circle-${group().id || 'none'}`}>
              <div class="circle-head">
                <h4 id={`nm-circle-${group().id || 'none'}`}>
                  {group().name} <span class="count">({plural(group().people.length, 'person', 'people')})</span>
                </h4>
                <Show when={group().id && renaming() !== group().id}>
                  <div class="button-row no-print">
                    <button type="button" class="small-button" onClick={() => startRename(group())}>
                      Rename<span class="sr-only"> {group().name}</span>
                    </button>
                    <button type="button" class="small-button danger" onClick={() => dropCircle(group())}>
                      Remove circle<span class="sr-only"> {group().name}</span>
                    </button>
                  </div>
                </Show>
              </div>
              <Show when={renaming() === group().id}>
                <div class="rename no-print">
                  <Field
                    id={`nm-rename-${group().id}`}
                    label={`New name for ${group().name}`}
                    value={renameText()}
                    onValue={setRenameText}
                    error={renameError()}
                    maxLength={MAX_NAME}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') saveRename(group().id);
                      if (e.key === 'Escape') setRenaming(undefined);
                    }}
                  />
                  <div class="button-row">
                    <button type="button" class="small-button" onClick={() => saveRename(group().id)}>
                      Save name
                    </button>
                    <button type="button" class="small-button" onClick={() => setRenaming(undefined)}>
                      Cancel
                    </button>
                  </div>
                </div>
              </Show>
              <Show
                when={group().people.length}
                fallback={
                  <>
                    <p class="empty-hint">
                      <span class="no-print">No one here yet. </span>Ideas:{' '}
                      {CIRCLE_EXAMPLES[group().id] ?? OWN_CIRCLE_EXAMPLE}
                    </p>
                    <div class="print-lines" aria-hidden="true">
                      <div class="print-line" />
                      <div class="print-line" />
                      <div class="print-line" />
                    </div>
                  </>
                }
              >
                <ul class="entry-list">
                  <For each={group().people}>
                    {(person) => (
                      <li class="entry">
                        <Show
                          when={editing() === person.id}
                          fallback={
                            <>
                              <p class="entry-name">{person.name}</p>
                              <Show when={person.howKnown || person.org}>
                                <p class="entry-detail">{[person.howKnown, person.org].filter(Boolean).join(' · ')}</p>
                              </Show>
                              <Show when={person.notes}>
                                <p class="entry-detail">{person.notes}</p>
                              </Show>
                              <div class="button-row no-print">
                                <button
                                  type="button"
                                  class="small-button"
                                  data-edit={person.id}
                                  onClick={() => {
                                    setEditorFocus('name');
                                    setEditing(person.id);
                                  }}
                                >
                                  Edit<span class="sr-only"> {person.name}</span>
                                </button>
                                <button type="button" class="small-button danger" onClick={() => remove(person.id)}>
                                  Remove<span class="sr-only"> {person.name}</span>
                                </button>
                              </div>
                            </>
                          }
                        >
                          <PersonEditor
                            person={person}
                            circles={doc().circles}
                            focus={editorFocus()}
                            onChange={(patch) => {
                              if ('circleId' in patch) setEditorFocus('circle');
                              updateWorkbook((d) => updateContact(d, person.id, patch, now()));
                            }}
                            onDone={() => {
                              setEditing(undefined);
                              queueMicrotask(() =>
                                document.querySelector<HTMLButtonElement>(`[data-edit="${person.id}"]`)?.focus(),
                              );
                            }}
                            onRemove={() => remove(person.id)}
                          />
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
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
      <p class="limit-note no-print">Notes can hold up to {MAX_TEXT.toLocaleString('en')} characters each.</p>
    </div>
  );
}

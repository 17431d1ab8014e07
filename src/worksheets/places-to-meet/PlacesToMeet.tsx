import { createMemo, createSignal, For, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { type RemovedContact, removeContact, restoreContact } from '../../workbook/contacts';
import { deepEqual } from '../../workbook/deep-equal';
import { groupBy, indexById } from '../../workbook/lookups';
import { type Contact, MAX_NAME } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { type AddOutcome, addPerson } from '../shared/add-person';
import { Field } from '../shared/Field';
import { createPager, ShowMore } from '../shared/ShowMore';
import { UndoBar } from '../shared/UndoBar';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { PlaceItem } from './PlaceItem';
import {
  addOwnPlace,
  addPersonMetAt,
  countToTry,
  KIND_LABELS,
  type OwnPlaceErrors,
  PLACE_KINDS,
  type PlaceKind,
  type PlaceOptions,
  type PlaceView,
  placesOfKind,
  type RemovedPlace,
  removeOwnPlace,
  restorePlace,
  updatePlace,
} from './places';

/** Something that was removed, with where to offer "Undo". */
type Removal = { kind: PlaceKind; message: string } & (
  | { type: 'place'; removed: RemovedPlace }
  | { type: 'person'; removed: RemovedContact }
);

const NO_ONE: Contact[] = [];

/** Step 2 worksheet: places to meet people, which to try, when, and the people met there. */
export default function PlacesToMeet(props: PlaceOptions) {
  // Plain data, looked up through maps: the places by id, the people met at each place.
  const doc = useWorkbookData();
  const options = (): PlaceOptions => ({ campus: props.campus, outside: props.outside });
  const places = createMemo(() => doc().places);
  const contacts = createMemo(() => doc().contacts);
  const lists = createMemo(() => ({
    campus: placesOfKind(places(), options(), 'campus'),
    outside: placesOfKind(places(), options(), 'outside'),
  }));
  const views = createMemo(() => ({ campus: indexById(lists().campus), outside: indexById(lists().outside) }));
  const metAt = createMemo(() => groupBy(contacts(), (c) => c.sourcePlaceId));
  const peopleMetAt = (placeId: string) => metAt().get(placeId) ?? NO_ONE;
  const [removal, setRemoval] = createSignal<Removal>();
  const [newName, setNewName] = createSignal('');
  const [newKind, setNewKind] = createSignal<PlaceKind>();
  const [errors, setErrors] = createSignal<OwnPlaceErrors>({});
  let newNameInput: HTMLInputElement | HTMLTextAreaElement | undefined;

  const toTry = createMemo(() => countToTry(places()));
  const metCount = createMemo(() => contacts().length - (metAt().get('')?.length ?? 0));

  const mark = (place: PlaceView, tryIt: boolean) => {
    updateWorkbook((d) => updatePlace(d, options(), place.id, { tryIt }));
    const n = toTry();
    announce(`${place.name} ${tryIt ? 'marked' : 'unmarked'}. ${countOf(n, 'place', 'places')} to try.`);
  };

  const addMetAt = (place: PlaceView, name: string, allowDuplicate: boolean): AddOutcome => {
    const outcome = addPerson((d) => addPersonMetAt(d, options(), place.id, name, new Date(), allowDuplicate));
    if ('id' in outcome) {
      const met = peopleMetAt(place.id).length;
      announce(`Added ${name.trim()} to your list. ${countOf(met, 'person', 'people')} met at ${place.name}.`);
    }
    return outcome;
  };

  const removePerson = (kind: PlaceKind, person: Contact) => {
    let removed: RemovedContact | undefined;
    updateWorkbook((d) => {
      const r = removeContact(d, person.id);
      removed = r.removed;
      return r.doc;
    });
    if (removed) setRemoval({ kind, type: 'person', removed, message: `Removed ${person.name} from your list.` });
  };

  const removePlace = (place: PlaceView) => {
    let removed: RemovedPlace | undefined;
    updateWorkbook((d) => {
      const r = removeOwnPlace(d, options(), place.id);
      removed = r.removed;
      return r.doc;
    });
    if (!removed) return;
    const met = removed.met.length;
    const stay = met
      ? ` The ${countOf(met, 'person', 'people')} you met there ${met === 1 ? 'stays' : 'stay'} on your list.`
      : '';
    setRemoval({ kind: place.kind, type: 'place', removed, message: `Removed ${place.name}.${stay}` });
  };

  const undo = () => {
    const r = removal();
    if (!r) return;
    if (r.type === 'place') {
      updateWorkbook((d) => restorePlace(d, r.removed));
      announce(`${r.removed.place.name} is back on your list of places.`);
    } else {
      updateWorkbook((d) => restoreContact(d, r.removed));
      announce(`${r.removed.contact.name} is back on your list.`);
    }
    setRemoval(undefined);
  };

  const submitPlace = () => {
    let problems: OwnPlaceErrors = {};
    let added = false;
    updateWorkbook((d) => {
      const r = addOwnPlace(d, options(), newName(), newKind());
      if (!r.ok) {
        problems = r.errors;
        return d;
      }
      added = true;
      return r.doc;
    });
    setErrors(problems);
    if (!added) {
      if (problems.name) newNameInput?.focus();
      else document.getElementById('pl-new-kind-campus')?.focus();
      return;
    }
    const kind = newKind() ?? 'outside';
    announce(`Added ${newName().trim()} to your ${KIND_LABELS[kind].toLocaleLowerCase()}, marked to try.`);
    setNewName('');
    if (newNameInput) newNameInput.value = '';
    newNameInput?.focus();
  };

  return (
    <div class="places-to-meet">
      <WorkbookStatus />
      <p class="totals">
        <Show
          when={toTry()}
          fallback={
            <>
              <span class="no-print">No places chosen yet. </span>Tick the ones you want to try.
            </>
          }
        >
          You plan to try {countOf(toTry(), 'place', 'places')}.
        </Show>
        <Show when={metCount()}> {countOf(metCount(), 'person', 'people')} met at these places so far.</Show>
      </p>

      <For each={PLACE_KINDS}>
        {(kind) => {
          const ids = createMemo(() => lists()[kind].map((p) => p.id));
          // A long list of places shows a page of 20 at a time (everything when printed): an open
          // place holds a date, notes and the people met there, so 50 took a second to draw on a slow phone.
          const pager = createPager(() => ids().length, 20);
          let list: HTMLUListElement | undefined;
          return (
            <section class="place-kind">
              <h4 id={`pl-kind-${kind}`}>{KIND_LABELS[kind]}</h4>
              <ul class="entry-list" ref={list}>
                <For each={pager.page(ids())}>
                  {(placeId) => {
                    // A place's row updates only when that place changes, not when another one does.
                    const view = createMemo(() => views()[kind].get(placeId), undefined, { equals: deepEqual });
                    return (
                      <Show when={view()}>
                        {(place) => (
                          <PlaceItem
                            place={place()}
                            people={peopleMetAt(placeId)}
                            onChange={(answers) => {
                              if ('tryIt' in answers) mark(place(), !!answers.tryIt);
                              else updateWorkbook((d) => updatePlace(d, options(), placeId, answers));
                            }}
                            onAddPerson={(name, allowDuplicate) => addMetAt(place(), name, allowDuplicate)}
                            onRemovePerson={(person) => removePerson(kind, person)}
                            onRemovePlace={() => removePlace(place())}
                          />
                        )}
                      </Show>
                    );
                  }}
                </For>
              </ul>
              <ShowMore
                pager={pager}
                list={() => list}
                noun={['place', 'places']}
                which={KIND_LABELS[kind].toLowerCase().replace('places ', '')}
              />
              <UndoBar
                message={removal()?.kind === kind ? removal()?.message : undefined}
                onUndo={undo}
                onDismiss={() => setRemoval(undefined)}
              />
            </section>
          );
        }}
      </For>

      <Show
        when={
          !lists()
            .campus.concat(lists().outside)
            .some((p) => !p.listed)
        }
      >
        <div class="print-only" aria-hidden="true">
          <p class="print-label">Places of your own:</p>
          <div class="print-lines">
            <div class="print-line" />
            <div class="print-line" />
            <div class="print-line" />
          </div>
        </div>
      </Show>

      <fieldset class="add-place no-print">
        <legend>Add a place of your own</legend>
        <Field
          id="pl-new-name"
          label="Name of the place or event"
          hint="For example: a photography club, a hackathon, a talk at the public library."
          value={newName()}
          onValue={(v) => {
            setNewName(v);
            if (errors().name) setErrors({ ...errors(), name: undefined });
          }}
          error={errors().name}
          maxLength={MAX_NAME}
          ref={(el) => {
            newNameInput = el;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submitPlace();
            }
          }}
        />
        <fieldset
          class={`kind-choice${errors().kind ? ' field-error' : ''}`}
          aria-describedby={errors().kind ? 'pl-new-kind-error' : undefined}
        >
          <legend>Where is it?</legend>
          <Show when={errors().kind}>
            <p class="error-message" id="pl-new-kind-error">
              <span class="sr-only">Error: </span>
              {errors().kind}
            </p>
          </Show>
          <For each={PLACE_KINDS}>
            {(kind) => (
              <div class="choice">
                <input
                  type="radio"
                  name="pl-new-kind"
                  id={`pl-new-kind-${kind}`}
                  value={kind}
                  checked={newKind() === kind}
                  onChange={() => {
                    setNewKind(kind);
                    setErrors({ ...errors(), kind: undefined });
                  }}
                />
                <label for={`pl-new-kind-${kind}`}>{kind === 'campus' ? 'On campus' : 'Outside campus'}</label>
              </div>
            )}
          </For>
        </fieldset>
        <button type="button" class="button" onClick={submitPlace}>
          Add place
        </button>
      </fieldset>
    </div>
  );
}

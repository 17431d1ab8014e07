// What the places worksheet does when the student removes something (places of their own and the
// people met at a place, with undo) and the form that adds people met at a place. Loaded when the
// student first reaches the worksheet's fields or buttons (or at the first change), not with the
// worksheet: the lists it draws first need none of it. Adding a place of their own is in add-place.ts.
import { createSignal } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { type RemovedContact, removeContact, restoreContact } from '../../workbook/contacts';
import { type Contact, MAX_NAME } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { AddButtons } from '../shared/AddButtons';
import { addPerson, settleEntry } from '../shared/add-person';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { UndoBar } from '../shared/UndoBar';
import { addPersonMetAt, removeOwnPlace, restorePlace } from './place-changes';
import type { PlaceKind, PlaceOptions, PlaceView, RemovedPlace } from './places';

/** Something that was removed, with where to offer "Undo". */
type Removal = { kind: PlaceKind; message: string } & (
  | { type: 'place'; removed: RemovedPlace }
  | { type: 'person'; removed: RemovedContact }
);

/** What the actions read from the worksheet: the institution's places, and who was met where. */
export interface PlacesShown {
  options: () => PlaceOptions;
  /** The people met at a place. */
  peopleMetAt: (placeId: string) => Contact[];
}

/** Props of the form that adds people met at a place. */
export interface MetPersonFormProps {
  place: PlaceView;
  /** The place's ids: `pl-<place>-<part>`. */
  id: (part: string) => string;
  onClose: () => void;
}

/** The worksheet's changes, with the last removal that "Undo" can bring back. */
export function createPlaceActions(shown: PlacesShown) {
  const [removal, setRemoval] = createSignal<Removal>();

  /** Adds a person met at `place` and says so; returns the new id, or undefined once the refusal shows in the field. */
  const addMetAt = (entry: ReturnType<typeof createEntry>, place: PlaceView, allowDuplicate: boolean) => {
    const name = entry.text();
    const options = shown.options();
    const id = settleEntry(
      entry,
      addPerson((d) => addPersonMetAt(d, options, place.id, name, new Date(), allowDuplicate)),
    );
    if (id === undefined) return;
    const met = shown.peopleMetAt(place.id).length;
    announce(`Added ${name.trim()} to your list. ${countOf(met, 'person', 'people')} met at ${place.name}.`);
    entry.accept();
  };

  /** The field that adds people met at a place (Enter adds, Escape closes), the cursor in it. */
  function MetPersonForm(props: MetPersonFormProps) {
    const entry = createEntry(() => add(), { onEscape: () => props.onClose(), focusOnOpen: true });
    const add = (allowDuplicate = false) => addMetAt(entry, props.place, allowDuplicate);
    return (
      <div class="no-print">
        <Field
          id={props.id('person')}
          label={
            <>
              Name of the person<span class="sr-only"> you met at {props.place.name}</span>
            </>
          }
          hint="Press Enter to add them to your list, then type the next one."
          maxLength={MAX_NAME}
          {...entry.field}
        />
        <AddButtons label="Add person" duplicate={entry.duplicate()} onAdd={add}>
          <button type="button" class="small-button" onClick={() => props.onClose()}>
            Done adding people
          </button>
        </AddButtons>
      </div>
    );
  }

  /** Brings back what was removed last. */
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

  return {
    MetPersonForm,

    /** The "Removed … Undo" bar under the places of one kind: it shows after a removal there. */
    undoBar: (kind: PlaceKind) => (
      <UndoBar
        message={removal()?.kind === kind ? removal()?.message : undefined}
        onUndo={undo}
        onDismiss={() => setRemoval(undefined)}
      />
    ),

    /** Removes a person met at a place from the list; the undo bar of that kind of place offers them back. */
    removePerson(kind: PlaceKind, person: Contact): void {
      let removed: RemovedContact | undefined;
      updateWorkbook((d) => {
        const r = removeContact(d, person.id);
        removed = r.removed;
        return r.doc;
      });
      if (removed) setRemoval({ kind, type: 'person', removed, message: `Removed ${person.name} from your list.` });
    },

    /** Removes a place of the student's own; the people met there stay on the list. */
    removePlace(place: PlaceView): void {
      let removed: RemovedPlace | undefined;
      updateWorkbook((d) => {
        const r = removeOwnPlace(d, shown.options(), place.id);
        removed = r.removed;
        return r.doc;
      });
      if (!removed) return;
      const met = removed.met.length;
      const stay = met
        ? ` The ${countOf(met, 'person', 'people')} you met there ${met === 1 ? 'stays' : 'stay'} on your list.`
        : '';
      setRemoval({ kind: place.kind, type: 'place', removed, message: `Removed ${place.name}.${stay}` });
    },
  };
}

/** The worksheet's actions, once loaded. */
export type PlaceActions = ReturnType<typeof createPlaceActions>;

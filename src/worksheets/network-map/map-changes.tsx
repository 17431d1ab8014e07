// The network map's changes to the workbook: adding and removing people (with undo), saving an edit,
// and adding, renaming and removing circles, with a circle's rename form. Loaded when the student
// first reaches the worksheet's fields or buttons or opens a person (or at the first click), not
// with the worksheet: the map and the lists it draws first need none of it.
import { createSignal } from 'solid-js';
import { announce } from '../../scripts/announce';
import { giveBuiltInCircles } from '../../workbook/built-in-circles';
import { updateWorkbook } from '../../workbook/client';
import { addContact, removeContact, restoreContact, updateContact } from '../../workbook/contacts';
import { type Contact, MAX_NAME, type Workbook } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { addPerson, settleEntry } from '../shared/add-person';
import type { Entry } from '../shared/entry';
import { Field } from '../shared/Field';
import { tryChange } from '../shared/try-change';
import { createUndoableRemove } from '../shared/undoable-remove';
import { addCircle, removeCircle, renameCircle } from './circle-changes';
import type { CircleGroup } from './circles';

/** Changes the workbook, first storing the built-in circles an older workbook lacks. */
const change = (recipe: (doc: Workbook) => Workbook) => updateWorkbook((d) => recipe(giveBuiltInCircles(d)));

/** The field that renames a circle, with Save and Cancel (Enter saves, Escape closes). */
function RenameCircle(props: { group: CircleGroup; onClose: () => void }) {
  const [text, setText] = createSignal(props.group.name);
  const [error, setError] = createSignal<string>();
  const save = () => {
    const problem = tryChange(change, (d) => renameCircle(d, props.group.id, text()));
    setError(problem);
    if (!problem) props.onClose();
  };
  return (
    <div class="rename no-print">
      <Field
        id={`nm-rename-${props.group.id}`}
        label={`New name for ${props.group.name}`}
        value={text()}
        onValue={setText}
        error={error()}
        maxLength={MAX_NAME}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') props.onClose();
        }}
      />
      <div class="button-row">
        <button type="button" class="small-button" onClick={save}>
          Save name
        </button>
        <button type="button" class="small-button" onClick={() => props.onClose()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The map's changes, with the last removal that "Undo" can bring back. `data` is the workbook shown. */
export function createMapChanges(data: () => Workbook) {
  const undoable = createUndoableRemove(change, restoreContact);
  const circleName = (id: string) => data().circles.find((c) => c.id === id)?.name ?? 'no circle';
  return {
    removed: undoable.removed,
    dismiss: undoable.dismiss,
    RenameCircle,

    /**
     * Adds `name` to the circle `circleId` (no circle once it is gone) and says so; a refusal shows
     * in the entry field. Returns the new id ('' while the workbook loads), or undefined when refused.
     */
    addPerson(entry: Entry, name: string, circleId: string, allowDuplicate: boolean): string | undefined {
      const target = (d: Workbook) => (d.circles.some((c) => c.id === circleId) ? circleId : '');
      const added = settleEntry(
        entry,
        addPerson((d) => addContact(d, { name, circleId: target(d) }, new Date(), allowDuplicate), change),
      );
      if (added === undefined) return undefined;
      announce(
        `Added ${name.trim()} to ${circleName(circleId)}. ${countOf(data().contacts.length, 'person', 'people')} in total.`,
      );
      entry.accept();
      return added;
    },

    /** Saves a change to one person. */
    save(id: string, patch: Partial<Contact>): void {
      change((d) => updateContact(d, id, patch, new Date()));
    },

    /** Removes a person; the undo bar offers them back. */
    remove(id: string): void {
      undoable.remove((d) => removeContact(d, id));
    },

    /** Brings back the person removed last. */
    undo(): void {
      const info = undoable.undo();
      if (info) announce(`${info.contact.name} is back on your list.`);
    },

    /** Adds a circle named in `entry`, or shows there why not. */
    addCircle(entry: Entry, name: string): void {
      const problem = tryChange(change, (d) => addCircle(d, name));
      if (problem) {
        entry.refuse(problem);
        return;
      }
      announce(`Added the circle ${name.trim()}.`);
      entry.reset();
    },

    /** Removes a circle once the student confirms (its people stay, in no circle); true when removed. */
    dropCircle(group: CircleGroup): boolean {
      const count = group.people.length;
      const question = count
        ? `Remove the circle "${group.name}"? The ${countOf(count, 'person', 'people')} in it ${count === 1 ? 'stays' : 'stay'} on your list, under "Not in a circle".`
        : `Remove the circle "${group.name}"?`;
      if (!window.confirm(question)) return false;
      change((d) => removeCircle(d, group.id));
      announce(`Removed the circle ${group.name}.`);
      return true;
    },
  };
}

/** The map's changes, once loaded. */
export type MapChanges = ReturnType<typeof createMapChanges>;

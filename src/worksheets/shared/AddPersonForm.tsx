import { createMemo, createSignal, For } from 'solid-js';
import { announce } from '../../scripts/announce';
import { giveBuiltInCircles } from '../../workbook/built-in-circles';
import { addContact } from '../../workbook/contacts';
import { MAX_NAME } from '../../workbook/model';
import { AddButtons } from './AddButtons';
import { addPerson, settleEntry } from './add-person';
import { createEntry } from './entry';
import { Field } from './Field';
import { useWorkbookData } from './use-workbook';

/** Props of the form that adds a person from a worksheet other than the network map. */
export interface AddPersonFormProps {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  /** Called with the new person's id once they are on the list. */
  onAdded: (id: string) => void;
}

/**
 * Adds someone to the student's list from where they need a person (a student who starts at
 * step 5): a name and the circle of the network map they join. The same rules as the map's own
 * form: a name is needed, and a name already on the list is refused unless added anyway.
 */
export default function AddPersonForm(props: AddPersonFormProps) {
  const data = useWorkbookData();
  // The circles of the network map, with the built-in ones an older workbook lacks (stored on adding).
  const circles = createMemo(() => giveBuiltInCircles(data()).circles);
  const [circle, setCircle] = createSignal('');
  const chosenCircle = () => circle() || circles()[0]?.id || '';
  const add = (allowDuplicate = false) => {
    const name = entry.text();
    const added = settleEntry(
      entry,
      addPerson((d) =>
        addContact(giveBuiltInCircles(d), { name, circleId: chosenCircle() }, new Date(), allowDuplicate),
      ),
    );
    if (added === undefined) return;
    const circleName = circles().find((c) => c.id === chosenCircle())?.name ?? 'your network map';
    announce(`Added ${name.trim()} to your list, in ${circleName}, and chose them here.`);
    entry.reset();
    props.onAdded(added);
  };
  const entry = createEntry(() => add());
  return (
    <div class="add-person">
      <Field
        id={`${props.id}-name`}
        label="Their name"
        hint="They join your network map (step 1) too."
        maxLength={MAX_NAME}
        {...entry.field}
      />
      <div class="field">
        <label for={`${props.id}-circle`}>Where you know them from</label>
        <select id={`${props.id}-circle`} onChange={(e) => setCircle(e.currentTarget.value)}>
          <For each={circles()}>
            {(c) => (
              <option value={c.id} selected={c.id === chosenCircle()}>
                {c.name}
              </option>
            )}
          </For>
        </select>
      </div>
      <AddButtons label="Add this person" duplicate={entry.duplicate()} onAdd={add} secondary />
    </div>
  );
}

import { createSignal } from 'solid-js';
import { announce } from '../../scripts/announce';
import { MAX_NAME } from '../../workbook/model';
import { AddButtons } from '../shared/AddButtons';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { $addedPerson } from './tracker-atoms';
import { fetchChanges, withChanges } from './tracker-state';

/**
 * Step 6 tracker, first island: the save status and the fields that add a person. The person added
 * goes to the list (the next island, ContactTracker.tsx), first, with their card and editor open.
 */
export default function ContactTrackerAdd() {
  const entry = createEntry(() => add());
  const [org, setOrg] = createSignal('');

  const add = (allowDuplicate = false) => {
    const name = entry.text();
    const person = { name, org: org().trim() };
    withChanges(
      (m) => {
        const id = m.addToTracker(entry, person, new Date(), allowDuplicate);
        // None after a refusal, which shows in the name field.
        if (id === undefined) return;
        announce(`Added ${name.trim()} to your tracker, at the top of the list. Update their status and dates now.`);
        entry.reset();
        setOrg('');
        $addedPerson.set(id);
      },
      (problem) => entry.refuse(problem),
    );
  };

  return (
    <>
      <WorkbookStatus />
      <fieldset class="ct-add no-print" onFocusIn={fetchChanges}>
        <legend>Add a person to your tracker</legend>
        <Field
          id="ct-new-name"
          label="Name"
          hint="People from your network map are already here."
          maxLength={MAX_NAME}
          {...entry.field}
        />
        <Field
          id="ct-new-org"
          label="Organization or field"
          optional
          value={org()}
          maxLength={MAX_NAME}
          onValue={setOrg}
        />
        <AddButtons label="Add to tracker" duplicate={entry.duplicate()} onAdd={add} />
      </fieldset>
    </>
  );
}

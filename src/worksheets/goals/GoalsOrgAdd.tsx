import { createMemo, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { orgListOf } from '../../workbook/goal-parts';
import { MAX_NAME } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { AddButtons } from '../shared/AddButtons';
import { changesOnDemand } from '../shared/changes-on-demand';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import { namesFromNotes } from './org-notes';

/**
 * Step 3 worksheet, adding to the ranked organizations: a name at a time, or each line of the notes
 * on organizations while the list is empty. An island of its own above the list (GoalsOrganizations.tsx),
 * which shows what is added where it joins, at the end.
 */
export default function GoalsOrgAdd() {
  const data = useWorkbookData();
  const goals = createMemo(() => data().goals);
  const list = createMemo(() => orgListOf(goals()));
  const changes = changesOnDemand(() => import('./org-changes'));
  const fromNotes = createMemo(() => (list().length ? 0 : namesFromNotes(goals().organizations, []).names.length));

  const entry = createEntry(() => add());
  const add = () => {
    const name = entry.text();
    changes.use((m) => {
      let problem: string | undefined;
      updateWorkbook((d) => {
        const r = m.addOrganization(d, name);
        if (!r.ok) problem = r.error;
        return r.ok ? r.doc : d;
      });
      if (problem) {
        entry.refuse(problem);
        return;
      }
      announce(`Added ${name.trim()}. ${countOf(list().length, 'organization', 'organizations')} on your list.`);
      entry.accept();
    });
  };

  const takeNotes = () =>
    changes.use((m) => {
      let added = 0;
      let tooLong = 0;
      updateWorkbook((d) => {
        const r = m.addNotesAsRows(d);
        added = r.added;
        tooLong = r.tooLong;
        return r.doc;
      });
      const long = tooLong
        ? ` ${countOf(tooLong, 'line was', 'lines were')} too long for a name and stay in your notes only.`
        : '';
      announce(
        `Added ${countOf(added, 'organization', 'organizations')} from your notes. Your notes are kept as they are.${long}`,
      );
      // The cursor goes to the name of the first organization shown, in the list's island below.
      queueMicrotask(() => document.querySelector<HTMLInputElement>('#goals .org-rows .org-name input')?.focus());
    });

  return (
    <div class="goals-worksheet" onFocusIn={changes.prefetch}>
      <Show when={changes.failed()}>
        <LoadProblem what="part that saves your list" />
      </Show>
      <fieldset class="no-print">
        <legend>Add organizations</legend>
        <Field
          id="goals-org-new"
          label="Name of the organization"
          hint="Type a name and press Enter. Then type the next one."
          maxLength={MAX_NAME}
          {...entry.field}
        />
        <AddButtons label="Add organization" secondary duplicate={false} onAdd={() => add()} />
      </fieldset>
      <Show when={fromNotes()}>
        <div class="notice no-print">
          <p>
            Your notes on organizations below have {countOf(fromNotes(), 'line', 'lines')}. You can make each line an
            organization on this list. Your notes stay as they are.
          </p>
          <button type="button" class="button secondary" onClick={takeNotes}>
            Add each line to the list
          </button>
        </div>
      </Show>
    </div>
  );
}

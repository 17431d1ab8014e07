// Adding a person from a worksheet: one workbook change through addContact (or a rule built on it),
// then either the new person's id or the refusal shown in the entry field that asked.
import { updateWorkbook } from '../../workbook/client';
import type { ChangeResult } from '../../workbook/contacts';
import type { Workbook } from '../../workbook/model';
import type { Entry } from './entry';

/**
 * What adding a person came to: their id, or the reason in words they were not added. The id is ''
 * when the workbook was still loading: the change is then made once it has loaded (entry fields wait
 * for that before they submit, so this is rare).
 */
export type AddOutcome = { id: string } | { error: string; duplicate: boolean };

/** A way to change the workbook (updateWorkbook, or a worksheet's own wrapper of it). */
type Change = (recipe: (doc: Workbook) => Workbook) => void;

/** Makes the change that adds a person (`add`) and returns its outcome; a refused change leaves the workbook as it was. */
export function addPerson(add: (doc: Workbook) => ChangeResult, change: Change = updateWorkbook): AddOutcome {
  let outcome: AddOutcome = { id: '' };
  change((doc) => {
    const r = add(doc);
    outcome = r.ok ? { id: r.id } : { error: r.error, duplicate: r.duplicate === true };
    return r.ok ? r.doc : doc;
  });
  return outcome;
}

/** Shows a refusal in the entry field (with "Add anyway" for a name already on the list); returns the new id, or undefined. */
export function settleEntry(entry: Entry, outcome: AddOutcome): string | undefined {
  if ('id' in outcome) return outcome.id;
  entry.refuse(outcome.error, outcome.duplicate);
  return undefined;
}

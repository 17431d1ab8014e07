// The worksheet the student changed last, with the person it was on: kept in the workbook
// (`lastTouched`) so the home page and each step offer "Continue" (src/worksheets/continue.ts).
// It rides along with the change the student made, so it costs no save of its own. Pure functions;
// touch-source.ts finds where a change comes from in the page (a person-based worksheet's frame
// names its person choice from PERSON_CHOICE at build time, so the page does not carry the list).
import type { LastTouched, Workbook } from '../../workbook/model';
import type { WorksheetId } from '../registry';
import type { PersonWorksheet } from './chosen-person';

/** The person-based worksheets, each with the person choice it follows (chosen-person.ts). */
export const PERSON_CHOICE: Readonly<Partial<Record<WorksheetId, PersonWorksheet>>> = {
  outreach: 'makeContact',
  'interview-prep': 'makeContact',
  'conversation-card': 'makeContact',
  'interview-notes': 'makeContact',
  'thank-you': 'thankYou',
};

/** Where a change was made: a worksheet and, for a person-based one, the person it was on. */
export type Touch = Omit<LastTouched, 'at'>;

/** The last worksheet touched, or undefined (none yet, or a workbook saved before it was recorded). */
export function lastTouched(doc: Workbook): LastTouched | undefined {
  // Trusted by its checksum, a workbook saved by an older version of the site can lack the field.
  const touched = doc.lastTouched as LastTouched | undefined;
  return touched?.worksheet ? touched : undefined;
}

/**
 * `recipe`, which also records `touch` as the last worksheet touched, at `at`, when it changes
 * anything: a change that changes nothing stays the same workbook, so nothing is saved for it.
 */
export function touching(recipe: (doc: Workbook) => Workbook, touch: Touch, at: string): (doc: Workbook) => Workbook {
  return (doc) => {
    const next = recipe(doc);
    return next === doc ? doc : { ...next, lastTouched: { ...touch, at } };
  };
}

/**
 * The touch for a change made in worksheet `id`: with the person `personOf` gives for its person
 * choice when it follows one (`choice`, from PERSON_CHOICE), else with none.
 */
export function touchOf(
  id: string,
  choice: string | undefined,
  personOf: (choice: string) => string | undefined,
): Touch {
  return { worksheet: id, contactId: (choice && personOf(choice)) || '' };
}

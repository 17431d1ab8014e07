// "Continue where you left off": the link the home page and each step page offer back into the
// workbook. It opens the last worksheet touched (recorded with each change: shared/last-touched.ts)
// on the person it was on; with no record yet, the first worksheet not done of the next step. Plain
// TypeScript with type-only imports of the workbook: the small progress script loads it.
import type { LastTouched, Workbook } from '../workbook/model';
import { worksheetPath } from './addresses';
import { isWorksheetId, WORKSHEETS, type WorksheetEntry, type WorksheetId, worksheetById } from './registry';
import { worksheetProgress } from './step-progress';

/** A link back into the workbook: where it goes and what it says. */
export interface ContinueLink {
  href: string;
  text: string;
}

/**
 * What the link says for each person-based worksheet, naming the person (the worksheets of
 * PERSON_CHOICE in shared/last-touched.ts; a unit test keeps the two lists the same).
 */
export const PERSON_WORDS: Readonly<Partial<Record<WorksheetId, (name: string) => string>>> = {
  outreach: (name) => `Draft a message to ${name}`,
  'interview-prep': (name) => `Prepare your talk with ${name}`,
  'conversation-card': (name) => `Your conversation card for ${name}`,
  'interview-notes': (name) => `Your notes from your talk with ${name}`,
  'thank-you': (name) => `Write the thank-you to ${name}`,
};

/** The link to a worksheet, on `contactId` when it is about a person still on the list. */
function linkTo(doc: Workbook, w: WorksheetEntry, contactId: string): ContinueLink {
  const id = w.id as WorksheetId;
  const words = PERSON_WORDS[id];
  const person = contactId && words ? doc.contacts.find((c) => c.id === contactId) : undefined;
  return person && words
    ? { href: worksheetPath(id, person.id), text: `Continue: ${words(person.name)}` }
    : { href: worksheetPath(id), text: `Continue: ${w.title}` };
}

/**
 * Where to continue: the last worksheet touched, on its person (without them once they are off
 * the list); with no record of one, the first worksheet not done of `nextStep` (give it only when
 * the student has started something); else nothing, as for an empty workbook.
 */
export function continueLink(doc: Workbook, nextStep?: number): ContinueLink | undefined {
  // Trusted by its checksum, a workbook saved by an older version of the site can lack the record.
  const touched = doc.lastTouched as LastTouched | undefined;
  const id = touched?.worksheet ?? '';
  if (isWorksheetId(id)) return linkTo(doc, worksheetById(id), touched?.contactId ?? '');
  if (nextStep === undefined) return undefined;
  const inStep: readonly WorksheetEntry[] = WORKSHEETS.filter((w) => w.step === nextStep);
  const next = inStep.find((w) => worksheetProgress(w.id as WorksheetId, doc) !== 'done') ?? inStep[0];
  return next && linkTo(doc, next, '');
}

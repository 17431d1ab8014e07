// Preparation for one informational interview as the worksheet shows it: the checklist, the pitch
// version, the meeting date and the questions in the order they will be asked. What changes it after
// a click, a tick or Enter is in prep-changes.ts, fetched at the student's first change. Nothing
// here loads the question bank itself (the bank question behind a chosen one is in prep-bank.ts).

import { isDate } from '../../workbook/date-format';
import type { Checklist, Prep, Workbook } from '../../workbook/model';
import { changeRecordFor, recordFor } from '../../workbook/person-records';
import type { BankQuestion } from '../question-bank';

/** The checklist items in the order they are shown. */
export const CHECKLIST_KEYS: readonly (keyof Checklist)[] = ['person', 'organization', 'field', 'pitch', 'logistics'];

/** The preparation for a contact, if the student has started one. */
export function prepFor(doc: Workbook, contactId: string): Prep | undefined {
  return recordFor(doc, 'preps', contactId);
}

/** A preparation with nothing done yet. */
export function blankPrep(contactId: string): Prep {
  return {
    id: '',
    contactId,
    pitchId: '',
    meetingAt: '',
    checklist: { person: false, organization: false, field: false, pitch: false, logistics: false },
    questions: [],
  };
}

/** Applies a change to a contact's preparation, starting it at the first change. */
export function changePrep(doc: Workbook, contactId: string, change: (prep: Prep) => Prep): Workbook {
  return changeRecordFor(doc, 'preps', contactId, blankPrep, 'pr', change);
}

/** A note under the meeting date when it has passed (the date is still kept). */
export function meetingDateNote(date: string, today: string): string | undefined {
  if (!isDate(date) || date >= today) return undefined;
  return 'This date has passed. If you have already met, write your notes in the last worksheet on this page.';
}

/** The id a bank question has in a preparation. */
export function bankQuestionId(bank: BankQuestion): string {
  return `bank-${bank.id}`;
}

// Notes after an informational interview as the worksheet shows them: the written answers, the
// rules of their dates, and where each next step stands. Saving, adding, ticking and removing are
// in note-changes.ts, fetched at the student's first change of that kind; where a next step stands
// in step-state.ts.

import { fitsFormat } from '../../workbook/formats';
import type { InterviewNote, Workbook } from '../../workbook/model';
import { changeRecordFor, recordFor } from '../../workbook/person-records';

/** The written answers of a note. */
export type NoteText = 'learned' | 'fit' | 'explore';

/** Labels and hints of the written answers, in order. */
export const NOTE_FIELDS: ReadonlyArray<{ key: NoteText; label: string; hint: string }> = [
  {
    key: 'learned',
    label: 'What you learned',
    hint: 'Facts, advice and anything that surprised you. Write it as soon as you can.',
  },
  {
    key: 'fit',
    label: 'How it fits your goals',
    hint: 'Does this field or role still interest you? What changed in what you thought?',
  },
  {
    key: 'explore',
    label: 'What to explore next',
    hint: 'Questions still open, skills to look into, organizations or events to check.',
  },
];

/** The rule for the date of the conversation: needed, and not in the future. */
export const TALK_DATE = { required: true, noFuture: true, what: 'the date of the conversation' } as const;
/** The rule for a next step's due date: needed, and not in the past. */
export const DUE_DATE = { required: true, noPast: true, what: 'the due date' } as const;

/** The notes about a contact, if the student has started them. */
export function noteFor(doc: Workbook, contactId: string): InterviewNote | undefined {
  return recordFor(doc, 'interviews', contactId);
}

/** Notes with nothing written yet. */
export function blankNote(contactId: string): InterviewNote {
  return { id: '', contactId, date: '', learned: '', fit: '', explore: '', nextSteps: [] };
}

/** Applies a change to a contact's notes, starting them at the first change. */
export function changeNote(doc: Workbook, contactId: string, change: (note: InterviewNote) => InterviewNote): Workbook {
  return changeRecordFor(doc, 'interviews', contactId, blankNote, 'n', change);
}

/**
 * Saves one written answer, or the date (empty or a real date; other text is never stored). Whether
 * the date may be in the future is checked when the notes are saved.
 */
export function setNoteField(doc: Workbook, contactId: string, key: NoteText | 'date', text: string): Workbook {
  if (key === 'date' && !fitsFormat('date', text)) return doc;
  return changeNote(doc, contactId, (n) => (n[key] === text ? n : { ...n, [key]: text }));
}

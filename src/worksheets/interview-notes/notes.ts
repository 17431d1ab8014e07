// Notes after an informational interview: what was learned, next steps with due dates, and
// marking the contact as met.

import { laterDay } from '../../lib/days';
import { groupDigits } from '../../lib/group-digits';
import { cleanName, updateContact } from '../../workbook/contacts';
import { fitsFormat } from '../../workbook/formats';
import { newId } from '../../workbook/ids';
import { type InterviewNote, MAX_TEXT, type NextStep, type Workbook } from '../../workbook/model';
import { changeRecordFor, recordFor } from '../../workbook/person-records';
import { advanceStatus } from '../shared/advance-status';
import { dateProblem } from '../shared/date-rule';

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
function changeNote(doc: Workbook, contactId: string, change: (note: InterviewNote) => InterviewNote): Workbook {
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

/** The result of a change that can be refused: the new workbook, or a message in words. */
export type NoteResult = { ok: true; doc: Workbook } | { ok: false; error: string };

/**
 * Saves the notes: the date must be a real date, not in the future. The contact becomes "Met"
 * (unless further along) with `metAt` set to that date.
 */
export function saveNotes(doc: Workbook, contactId: string, now: Date, today: string): NoteResult {
  const contact = doc.contacts.find((c) => c.id === contactId);
  if (!contact) return { ok: false, error: 'That person is no longer on your list.' };
  const date = noteFor(doc, contactId)?.date.trim() ?? '';
  const problem = dateProblem(date, TALK_DATE, today);
  if (problem) return { ok: false, error: problem };
  const withNote = changeNote(doc, contactId, (n) => (n.date === date ? n : { ...n, date }));
  const next = updateContact(
    withNote,
    contactId,
    {
      status: advanceStatus(contact.status, 'met'),
      metAt: date,
      lastContactAt: laterDay(contact.lastContactAt, date),
    },
    now,
  );
  return { ok: true, doc: next };
}

/** Errors of the "add a next step" form, by field. */
export interface StepErrors {
  text?: string;
  due?: string;
  /** Set when the same step is already on the list; the student may add it anyway. */
  duplicate?: boolean;
}

/** The result of adding a next step. */
export type AddStepResult = { ok: true; doc: Workbook; id: string } | { ok: false; errors: StepErrors };

/** Adds a next step with a due date; refuses empty text, a missing or past date, and a repeat unless allowed. */
export function addNextStep(
  doc: Workbook,
  contactId: string,
  input: { text: string; due: string },
  today: string,
  allowDuplicate = false,
): AddStepResult {
  const text = input.text.trim();
  const errors: StepErrors = {
    text: !text
      ? 'Describe the next step, for example “Send a thank-you note”.'
      : text.length > MAX_TEXT
        ? `A next step can be at most ${groupDigits(MAX_TEXT)} characters.`
        : undefined,
    due: dateProblem(input.due, DUE_DATE, today),
  };
  const key = cleanName(text).toLocaleLowerCase();
  const same = noteFor(doc, contactId)?.nextSteps.find((s) => cleanName(s.text).toLocaleLowerCase() === key);
  if (!errors.text && same && !allowDuplicate) {
    errors.text = 'This next step is already on your list. Add it anyway?';
    errors.duplicate = true;
  }
  if (errors.text || errors.due) return { ok: false, errors };
  if (!doc.contacts.some((c) => c.id === contactId)) {
    return { ok: false, errors: { text: 'That person is no longer on your list.' } };
  }
  const step: NextStep = { id: newId('s'), text, due: input.due.trim(), done: false };
  return {
    ok: true,
    doc: changeNote(doc, contactId, (n) => ({ ...n, nextSteps: [...n.nextSteps, step] })),
    id: step.id,
  };
}

/** Marks a next step done or not done. */
export function setStepDone(doc: Workbook, contactId: string, stepId: string, done: boolean): Workbook {
  return changeNote(doc, contactId, (n) => {
    if (!n.nextSteps.some((s) => s.id === stepId && s.done !== done)) return n;
    return { ...n, nextSteps: n.nextSteps.map((s) => (s.id === stepId ? { ...s, done } : s)) };
  });
}

/** What removing a next step took away, so that "Undo" can put it back. */
export interface RemovedStep {
  contactId: string;
  step: NextStep;
  index: number;
}

/** Removes a next step; returns what was removed. */
export function removeNextStep(
  doc: Workbook,
  contactId: string,
  stepId: string,
): { doc: Workbook; removed?: RemovedStep } {
  const steps = noteFor(doc, contactId)?.nextSteps ?? [];
  const index = steps.findIndex((s) => s.id === stepId);
  const step = steps[index];
  if (!step) return { doc };
  const next = changeNote(doc, contactId, (n) => ({ ...n, nextSteps: n.nextSteps.filter((s) => s.id !== stepId) }));
  return { doc: next, removed: { contactId, step: { ...step }, index } };
}

/** Puts a removed next step back where it was. */
export function restoreNextStep(doc: Workbook, removed: RemovedStep): Workbook {
  return changeNote(doc, removed.contactId, (n) => {
    if (n.nextSteps.some((s) => s.id === removed.step.id)) return n;
    const nextSteps = [...n.nextSteps];
    nextSteps.splice(Math.min(removed.index, nextSteps.length), 0, removed.step);
    return { ...n, nextSteps };
  });
}

/** Where a next step stands today: done, overdue, due later, or without a date. */
export function stepState(step: NextStep, today: string): 'done' | 'overdue' | 'due' | 'no-date' {
  if (step.done) return 'done';
  if (!step.due) return 'no-date';
  return step.due < today ? 'overdue' : 'due';
}

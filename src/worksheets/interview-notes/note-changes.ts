// Changes to the notes that follow a click or Enter: saving them (which marks the person as met),
// and adding, ticking, removing and putting back next steps. Fetched on demand (load-changes.ts).

import { laterDay } from '../../lib/days';
import { groupDigits } from '../../lib/group-digits';
import { cleanName, updateContact } from '../../workbook/contacts';
import { newId } from '../../workbook/ids';
import { MAX_TEXT, type NextStep, type Workbook } from '../../workbook/model';
import { advanceStatus } from '../shared/advance-status';
import { dateProblem, notADate } from '../shared/date-rule';
import { changeNote, DUE_DATE, noteFor, TALK_DATE } from './notes';

/** The result of a change that can be refused: the new workbook, or a message in words. */
export type NoteResult = { ok: true; doc: Workbook } | { ok: false; error: string };

/**
 * What is wrong with the date of the talk as it is on screen (`typed`, or a date the browser's own
 * date field could not read), checked before the notes are saved; undefined when it is fine.
 */
export function talkDateProblem(typed: string, unreadable: boolean, today: string): string | undefined {
  return unreadable ? notADate(TALK_DATE) : dateProblem(typed, TALK_DATE, today);
}

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

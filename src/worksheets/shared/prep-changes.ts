// Changes to a preparation that follow a click, a tick or Enter: the checklist, the pitch version,
// the meeting date (which moves the person to "Meeting set"), and adding, moving and removing
// questions. Fetched on demand by the preparation worksheet.

import { isDay } from '../../lib/days';
import { groupDigits } from '../../lib/group-digits';
import { cleanName, updateContact } from '../../workbook/contacts';
import { newId } from '../../workbook/ids';
import { type Checklist, MAX_TEXT, type PrepQuestion, type Workbook } from '../../workbook/model';
import type { BankQuestion } from '../question-bank';
import { advanceStatus } from './advance-status';
import { bankQuestionId, changePrep, prepFor } from './prep';

/** Ticks or unticks one item of the checklist. */
export function setChecklist(doc: Workbook, contactId: string, key: keyof Checklist, done: boolean): Workbook {
  return changePrep(doc, contactId, (p) =>
    p.checklist[key] === done ? p : { ...p, checklist: { ...p.checklist, [key]: done } },
  );
}

/** Chooses the pitch version to use ('' for none). */
export function setPitch(doc: Workbook, contactId: string, pitchId: string): Workbook {
  return changePrep(doc, contactId, (p) => (p.pitchId === pitchId ? p : { ...p, pitchId }));
}

/**
 * Saves the meeting date on the preparation and the contact; a date moves the contact to
 * "Meeting set" unless they are further along. An incomplete date is not saved.
 */
export function setMeetingDate(doc: Workbook, contactId: string, date: string, now: Date): Workbook {
  if (date !== '' && !isDay(date)) return doc;
  const withPrep = changePrep(doc, contactId, (p) => (p.meetingAt === date ? p : { ...p, meetingAt: date }));
  const contact = withPrep.contacts.find((c) => c.id === contactId);
  if (!contact) return doc;
  const status = date ? advanceStatus(contact.status, 'meeting-set') : contact.status;
  if (contact.meetingAt === date && status === contact.status) return withPrep;
  return updateContact(withPrep, contactId, { meetingAt: date, status }, now);
}

/** Picks a bank question (it goes to the end of the list) or puts it back. */
export function toggleBankQuestion(doc: Workbook, contactId: string, bank: BankQuestion, on: boolean): Workbook {
  const id = bankQuestionId(bank);
  return changePrep(doc, contactId, (p) => {
    const has = p.questions.some((q) => q.id === id);
    if (has === on) return p;
    const questions = on
      ? [...p.questions, { id, text: bank.text, theme: bank.theme }]
      : p.questions.filter((q) => q.id !== id);
    return { ...p, questions };
  });
}

/** Adds several bank questions at once (the sample set), skipping those already chosen. */
export function addBankQuestions(doc: Workbook, contactId: string, banks: readonly BankQuestion[]): Workbook {
  return banks.reduce((d, bank) => toggleBankQuestion(d, contactId, bank, true), doc);
}

/** A question reduced for comparing: lower case, single spaces, no end punctuation. */
function questionKey(text: string): string {
  return cleanName(text)
    .toLocaleLowerCase()
    .replace(/[\s?？؟.!。]+$/u, '');
}

/** The result of adding a question: the new workbook, or a message in words (and whether it is a repeat). */
export type AddQuestionResult =
  | { ok: true; doc: Workbook; id: string }
  | { ok: false; error: string; duplicate?: boolean };

/** Adds the student's own question at the end; refuses empty text, text too long, and a repeat unless allowed. */
export function addOwnQuestion(
  doc: Workbook,
  contactId: string,
  text: string,
  allowDuplicate = false,
): AddQuestionResult {
  const clean = text.trim();
  if (!clean)
    return { ok: false, error: 'Write your question first, for example “What do you enjoy most about your work?”' };
  if (clean.length > MAX_TEXT) {
    return {
      ok: false,
      error: `A question can be at most ${groupDigits(MAX_TEXT)} characters. Shorten this one.`,
    };
  }
  if (!doc.contacts.some((c) => c.id === contactId))
    return { ok: false, error: 'That person is no longer on your list.' };
  const same = prepFor(doc, contactId)?.questions.find((q) => questionKey(q.text) === questionKey(clean));
  if (same && !allowDuplicate) {
    return { ok: false, error: `“${same.text}” is already in your list. Add it anyway?`, duplicate: true };
  }
  const id = newId('q');
  const next = changePrep(doc, contactId, (p) => ({
    ...p,
    questions: [...p.questions, { id, text: clean, theme: 'own' }],
  }));
  return { ok: true, doc: next, id };
}

/** The list with one item moved by `by` places (−1 up, +1 down); an item at the edge stays where it is. */
export function moveItem<T extends { id: string }>(items: readonly T[], id: string, by: number): T[] {
  const from = items.findIndex((q) => q.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= items.length || by === 0) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** Moves a chosen question up (−1) or down (+1). */
export function moveQuestion(doc: Workbook, contactId: string, questionId: string, by: number): Workbook {
  return changePrep(doc, contactId, (p) => {
    const questions = moveItem(p.questions, questionId, by);
    return questions.every((q, i) => q === p.questions[i]) ? p : { ...p, questions };
  });
}

/** What removing a question took away, so that "Undo" can put it back. */
export interface RemovedQuestion {
  contactId: string;
  question: PrepQuestion;
  index: number;
}

/** Removes a chosen question; returns what was removed so it can be restored. */
export function removeQuestion(
  doc: Workbook,
  contactId: string,
  questionId: string,
): { doc: Workbook; removed?: RemovedQuestion } {
  const prep = prepFor(doc, contactId);
  const index = prep?.questions.findIndex((q) => q.id === questionId) ?? -1;
  const question = prep?.questions[index];
  if (!prep || !question) return { doc };
  const next = changePrep(doc, contactId, (p) => ({ ...p, questions: p.questions.filter((q) => q.id !== questionId) }));
  return { doc: next, removed: { contactId, question: { ...question }, index } };
}

/** Puts a removed question back where it was (unless it is back already). */
export function restoreQuestion(doc: Workbook, removed: RemovedQuestion): Workbook {
  return changePrep(doc, removed.contactId, (p) => {
    if (p.questions.some((q) => q.id === removed.question.id)) return p;
    const questions = [...p.questions];
    questions.splice(Math.min(removed.index, questions.length), 0, removed.question);
    return { ...p, questions };
  });
}

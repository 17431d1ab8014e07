// What the conversation card shows: who, the pitch, the questions in order, a 20-minute plan and the close.
import type { Contact, Pitch, PrepQuestion, Workbook } from '../../workbook/model';
import { recordFor } from '../../workbook/person-records';
import { MENTION_NAME, WHO_ELSE } from '../shared/closing-questions';
import { composePitch } from '../shared/pitch/parts';

/** One stretch of the 20-minute plan. */
export interface TimeSlot {
  from: number;
  to: number;
  what: string;
}

/** A simple plan for a 20-minute conversation. */
export const TIME_BOX: readonly TimeSlot[] = [
  { from: 0, to: 2, what: 'Thank them for their time and introduce yourself with your pitch.' },
  { from: 2, to: 15, what: 'Ask your questions, most important first. Listen more than you talk.' },
  { from: 15, to: 18, what: 'Ask who else you should talk to.' },
  { from: 18, to: 20, what: 'Thank them, say what you will do next, and close on time.' },
];

/** The questions that close every conversation: the referral question, then permission to use their name. */
export const CLOSING_QUESTIONS: readonly string[] = [WHO_ELSE, MENTION_NAME];

/** "0–2 min", with an en dash. */
export function slotLabel(slot: TimeSlot): string {
  return `${slot.from}–${slot.to} min`;
}

/** Everything the card needs about one contact. */
export interface CardData {
  person: Contact;
  pitch: Pitch | undefined;
  /** The pitch as said, or '' when no version is chosen or it is empty. */
  pitchText: string;
  /** The chosen questions in order, without the closing ones (they have their own place on the card). */
  questions: PrepQuestion[];
  meetingAt: string;
}

/** The card for one contact, from their preparation and the chosen pitch version. */
export function cardFor(doc: Workbook, contactId: string): CardData | undefined {
  const person = doc.contacts.find((c) => c.id === contactId);
  if (!person) return undefined;
  const prep = recordFor(doc, 'preps', contactId);
  const pitch = doc.pitches.find((p) => p.id === prep?.pitchId);
  const closing = new Set(CLOSING_QUESTIONS.map((q) => q.toLocaleLowerCase()));
  const questions = (prep?.questions ?? []).filter(
    (q) => q.text.trim() && !closing.has(q.text.trim().toLocaleLowerCase()),
  );
  return {
    person,
    pitch,
    pitchText: pitch ? composePitch(pitch) : '',
    questions,
    meetingAt: prep?.meetingAt || person.meetingAt,
  };
}

import type { Day } from '../../lib/days';
import type { Contact } from '../../workbook/model';
import { type DueState, dueState, dueWords } from '../shared/follow-up/due';
import { threeBSeven } from '../shared/follow-up/due-rules';
import { nextDue } from '../shared/follow-up/next-due';

/** A closed card's one line about what comes next: "Thank-you: Due today". */
export interface NextSummary {
  /** What the date is for: "Next contact", "Thank-you", "Second person" or "One follow-up". */
  label: string;
  /** How close it is, in words: "Overdue by 2 days", "Due now" for a thank-you whose meeting date is missing. */
  words: string;
  state: DueState;
}

/** The most pressing follow-up of a person in words, for their closed card (undefined when none is planned). */
export function nextSummary(c: Contact, today: Day): NextSummary | undefined {
  const next = nextDue(c, today);
  if (!next) return undefined;
  const label =
    next.kind === 'next'
      ? 'Next contact'
      : next.kind === 'thank-you'
        ? 'Thank-you'
        : threeBSeven(c, today)?.step === 'follow-up'
          ? 'One follow-up'
          : 'Second person';
  if (!next.due) return { label, words: 'Due now', state: 'today' };
  return { label, words: dueWords(next.due, today), state: dueState(next.due, today) };
}

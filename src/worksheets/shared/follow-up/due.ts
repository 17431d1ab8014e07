// How close a date is, in words (the date itself with them is due-text.ts, so that words alone need no calendar names).
import { type Day, daysBetween } from '../../../lib/days';

/** How close a date is: past it, today, within the next few days, later, or no date at all. */
export type DueState = 'overdue' | 'today' | 'soon' | 'later' | 'none';

/** Dates up to this many days ahead count as "due soon". */
export const SOON_DAYS = 3;

/** Where a date stands against today. */
export function dueState(due: Day, today: Day): DueState {
  if (!due) return 'none';
  const diff = daysBetween(today, due);
  if (Number.isNaN(diff)) return 'none';
  if (diff < 0) return 'overdue';
  if (diff === 0) return 'today';
  return diff <= SOON_DAYS ? 'soon' : 'later';
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** A date in words against today: "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 5 days". */
export function dueWords(due: Day, today: Day): string {
  if (!due) return 'No date set';
  const diff = daysBetween(today, due);
  if (Number.isNaN(diff)) return 'No date set';
  if (diff < 0) return `Overdue by ${days(-diff)}`;
  if (diff === 0) return 'Due today';
  if (diff === 1) return 'Due tomorrow';
  return `Due in ${days(diff)}`;
}

// Calendar dates as the workbook stores them ('YYYY-MM-DD', in the student's own time zone).
import { isDate } from '../../workbook/formats';
import { MONTHS } from '../shared/date-names';

export { isDate };

/** Today's date where the student is (local time, not UTC), as 'YYYY-MM-DD'. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The later of two dates ('' counts as no date). */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** A date in words, "25 November 2026", read the same way in every country. */
export function dateText(date: string): string {
  if (!isDate(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** What a date field may hold: must it be filled in, and may it be before or after today? */
export interface DateRule {
  required?: boolean;
  /** Refuse dates before today (due dates). */
  noPast?: boolean;
  /** Refuse dates after today (the day a conversation happened). */
  noFuture?: boolean;
  /** What the date is, for messages: "the due date". */
  what: string;
}

/** Checks a typed date against a rule; returns a message in words, or undefined when it is fine. */
export function dateProblem(date: string, rule: DateRule, today: string): string | undefined {
  const value = date.trim();
  if (!value) return rule.required ? `Enter ${rule.what}.` : undefined;
  if (!isDate(value)) return `Enter ${rule.what} as a full date with day, month and a four-digit year.`;
  if (rule.noPast && value < today) return `${capital(rule.what)} has passed. Choose today or a later date.`;
  if (rule.noFuture && value > today) return `${capital(rule.what)} is in the future. Enter the day it happened.`;
  return undefined;
}

/** The text with its first letter in capitals. */
function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

// The rules a date field checks before its date is saved (required, not past, not future), with
// the message for each in words.
import { isDate } from '../../workbook/date-format';

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
  if (!isDate(value)) return notADate(rule);
  if (rule.noPast && value < today) return `${capital(rule.what)} has passed. Choose today or a later date.`;
  if (rule.noFuture && value > today) return `${capital(rule.what)} is in the future. Enter the day it happened.`;
  return undefined;
}

/** What to say when the text is not a whole date (half typed, or a year of more than four digits). */
export function notADate(rule: DateRule): string {
  return `Enter ${rule.what} as a full date with day, month and a four-digit year.`;
}

/** The text with its first letter in capitals. */
function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

import { type Day, isDay } from '../../../lib/days';
import type { Contact } from '../../../workbook/model';

/** The date fields of a contact the tracker edits. */
export type DateKey = 'reachedOutAt' | 'meetingAt' | 'metAt' | 'thankedAt' | 'lastContactAt' | 'nextContactAt';

/** Each date field with its label and hint; `happened` names dates that cannot be in the future. */
export const DATE_FIELDS: ReadonlyArray<{ key: DateKey; label: string; hint?: string; happened?: string }> = [
  { key: 'reachedOutAt', label: 'Reached out on', happened: 'The day you reached out' },
  { key: 'meetingAt', label: 'Meeting on', hint: 'The day of your call or meeting.' },
  { key: 'metAt', label: 'Met on', hint: 'The thank-you is due the next weekday.', happened: 'The day you met' },
  { key: 'thankedAt', label: 'Thank-you sent on', happened: 'The day you sent the thank-you' },
  { key: 'lastContactAt', label: 'Last contact', happened: 'The last contact date' },
  {
    key: 'nextContactAt',
    label: 'Next contact',
    hint: 'When you plan to get in touch again. The quick buttons on the card set it for you.',
  },
];

/** Message for a date field left half typed. */
export const INCOMPLETE_DATE = 'Enter a full date with day, month and a four-digit year, or leave it empty.';

/** Checks a typed date; returns a message in words, or undefined when it can be saved. */
export function dateProblem(key: DateKey, value: string, today: Day): string | undefined {
  if (value === '') return undefined;
  if (!isDay(value)) return INCOMPLETE_DATE;
  const field = DATE_FIELDS.find((f) => f.key === key);
  if (field?.happened && value > today) {
    return `${field.happened} cannot be in the future. Enter the day it happened, or leave it empty.`;
  }
  return undefined;
}

/** Text fields of a contact the tracker edits, besides the name. */
export type TextKey = keyof Pick<Contact, 'org' | 'email' | 'howKnown' | 'notes'>;

// The formats a worksheet field can have (a date or an email address), with their messages: the
// worksheets check typed text with these rules before saving it. The date rule itself is in
// date-format.ts, which the schema uses too. No Zod here, so worksheet pages can import it.
import { isDate } from './date-format';

// One address: no spaces, commas, semicolons, angle brackets or quotes; one @; a dot in the domain.
const EMAIL_PATTERN = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+\.[^\s@,;<>"()[\]\\.][^\s@,;<>"()[\]\\]*$/u;

/** True for one usable email address, such as name@example.org (spaces around it not allowed). */
export function isEmail(text: string): boolean {
  return EMAIL_PATTERN.test(text);
}

/** The formats a worksheet field can have. */
export type Format = 'date' | 'email';

/** What each format's field asks for when the text does not fit, in words. */
export const FORMAT_MESSAGES: Readonly<Record<Format, string>> = {
  date: 'Enter a full date with day, month and a four-digit year, or leave it empty.',
  email: 'Enter one email address, like name@example.org, or leave it empty.',
};

/** The text as it would be stored: emails without spaces around them, dates as typed. */
export function storedForm(format: Format, text: string): string {
  return format === 'email' ? text.trim() : text;
}

/** True when `text` may be stored in a field of this format: empty, or in the format. */
export function fitsFormat(format: Format, text: string): boolean {
  const value = storedForm(format, text);
  if (value === '') return true;
  return format === 'date' ? isDate(value) : isEmail(value);
}

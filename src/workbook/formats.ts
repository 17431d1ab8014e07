// The formats the workbook stores, in one place: the Zod schema checks stored data with these
// patterns and the worksheets check typed text with the same ones before saving it. No Zod here,
// so worksheet pages can import it.

/** A calendar date as the workbook stores it: 'YYYY-MM-DD', with a four-digit year. */
export const DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar date written 'YYYY-MM-DD' (four-digit year, no 30 February). Counted,
 * not built as a Date: dashboards check every person's dates on each change.
 */
export function isDate(text: string): boolean {
  if (text.length !== 10) return false;
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] ?? 0));
}

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

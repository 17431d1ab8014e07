// The date format the workbook stores, apart from the other formats (formats.ts) so that pages that
// only count days do not load the email rule and the messages. The Zod schema checks stored dates
// with this pattern and the worksheets check typed dates with the same rule. No Zod here.

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

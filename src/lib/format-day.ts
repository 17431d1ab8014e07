// A date in words ("Thu 3 December 2026"), apart from the rest of days.ts so that a worksheet
// that only shows dates loads only this.
import { isDate } from '../workbook/date-format';
import { MONTHS, WEEKDAYS_SHORT } from './date-names';

/**
 * A date in words, the one style every page, worksheet, export and message uses: "Thu 3 December
 * 2026", read the same way in every country. '' stays ''; other text that is not a date stays as
 * it is, so nothing a student typed is hidden.
 */
export function formatDay(day: string): string {
  if (!isDate(day)) return day;
  const [year = 0, month = 1, date0 = 1] = day.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, date0));
  return `${WEEKDAYS_SHORT[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

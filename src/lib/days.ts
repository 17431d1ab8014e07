// Calendar dates as the workbook stores them ('YYYY-MM-DD', the student's own local day), with no
// time and no time zone: the one module for today's date, day arithmetic and dates in words.
// Business days are Monday to Friday. Public holidays are not counted: they differ by country,
// region and school, and the 3B7 routine only needs a rough rhythm, so a holiday just makes a
// reminder come one day early.
import { DATE_PATTERN, isDate } from '../workbook/date-format';
import { localDay } from './local-day';

/** A date as 'YYYY-MM-DD'. */
export type Day = string;

const MS_PER_DAY = 86_400_000;
/** Day number of Monday 5 January 1970, the anchor for counting weekdays. */
const MONDAY_ANCHOR = 4;

/** True for a real calendar date written as 'YYYY-MM-DD' (not 2026-02-30): the workbook's own rule. */
export const isDay: (text: string) => boolean = isDate;

/** Days since 1 January 1970 for a 'YYYY-MM-DD' date (NaN when it is not one). */
export function dayNumber(day: Day): number {
  const m = DATE_PATTERN.exec(day);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The 'YYYY-MM-DD' date of a day number. */
export function fromDayNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export { formatDay } from './format-day';
export { localDay };

/** The date `n` calendar days after `day` (before, when `n` is negative). */
export function addDays(day: Day, n: number): Day {
  return fromDayNumber(dayNumber(day) + n);
}

/** Calendar days from `from` to `to`: 1 for tomorrow, -2 for the day before yesterday. */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week: 0 Sunday, 1 Monday … 6 Saturday. */
export function weekday(day: Day): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** True on Saturdays and Sundays. */
export function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** Weekdays from the anchor Monday up to, but not including, day number `n`. */
function weekdaysBefore(n: number): number {
  const offset = n - MONDAY_ANCHOR;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** Business days after `from`, up to and including `to` (0 when `to` is not later). */
export function businessDaysBetween(from: Day, to: Day): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (!(b > a)) return 0;
  return weekdaysBefore(b + 1) - weekdaysBefore(a + 1);
}

/**
 * The date `n` business days after `day` (n ≥ 0): Friday + 1 is Monday, Saturday + 1 is Monday.
 * Weekends only; see the note at the top of this file about holidays.
 */
export function addBusinessDays(day: Day, n: number): Day {
  let d = dayNumber(day);
  if (Number.isNaN(d)) return '';
  if (n <= 0) return day;
  const w = weekday(day);
  // Count from the Friday before a weekend: the first business day after it is Monday.
  if (w === 6) d -= 1;
  if (w === 0) d -= 2;
  const weeks = Math.floor(n / 5);
  const rest = n - weeks * 5;
  d += weeks * 7;
  const dow = weekday(fromDayNumber(d));
  d += dow + rest > 5 ? rest + 2 : rest;
  return fromDayNumber(d);
}

/** The later of two dates; an empty date counts as "none". */
export function laterDay(a: Day, b: Day): Day {
  if (!a) return b;
  if (!b) return a;
  return a >= b ? a : b;
}

/**
 * The date of a moment in a named time zone ('America/New_York'), as 'YYYY-MM-DD': "today" for a
 * student in that zone, so tests can set the zone as well as the clock. Without a zone, or with
 * one the browser does not know, it is the device's own local date (localDay).
 */
export function dayInTimeZone(now: Date, timeZone?: string): Day {
  if (!timeZone) return localDay(now);
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .reduce<Record<string, string>>((out, p) => Object.assign(out, { [p.type]: p.value }), {});
    return `${parts.year}-${parts.month}-${parts.day}`;
  } catch {
    return localDay(now);
  }
}

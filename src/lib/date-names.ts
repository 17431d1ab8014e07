// English month and weekday names for dates in words (formatDay in days.ts, the one date formatter). Written out instead of Intl.DateTimeFormat:
// creating the first formatter loads the browser's locale data, a 20-70 ms pause on a phone
// while the worksheet starts.

/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Short weekday names, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The first three letters of a month's name ("Sep"), for labels too short for the whole date. */
export const monthShort = (month0: number): string => (MONTHS[month0] ?? '').slice(0, 3);

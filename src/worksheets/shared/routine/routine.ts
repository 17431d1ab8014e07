// Step 7's weekly routine: a day, a start time and a length for networking each week, and a
// weekly goal. What the choices mean, the next time it comes round and the routine in words.

import { addDays, type Day, formatDay, isDay, weekday } from '../../../lib/days';
import { timeInWords } from '../../../lib/time-in-words';
import {
  MAX_ROUTINE_MINUTES,
  MAX_WEEKLY_GOAL,
  ROUTINE_DAYS,
  type Routine,
  type RoutineDay,
  TIME_PATTERN,
  type Workbook,
} from '../../../workbook/model';
import { countOf } from '../../../workbook/plural';

/** A chosen day of the week. */
export type WeekDay = Exclude<RoutineDay, ''>;

/** Each day's name, for the menu and for sentences. */
export const DAY_NAMES: Readonly<Record<WeekDay, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** The lengths the menu offers, in minutes (the page suggests 30 to 60). */
export const ROUTINE_LENGTHS = [15, 30, 45, 60, 90, 120] as const;

/** The weekly goals the menu offers, in people. */
export const GOAL_CHOICES = Array.from({ length: 10 }, (_, i) => i + 1);

/** The page's language, for times in words ("6:00 PM" in en, "18:00" in en-GB); en outside a browser. */
export function pageLang(): string {
  return (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'en';
}

/** A length in words: "45 minutes", "1 hour", "1 hour 30 minutes". */
export function lengthWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return countOf(rest, 'minute', 'minutes');
  const h = countOf(hours, 'hour', 'hours');
  return rest ? `${h} ${countOf(rest, 'minute', 'minutes')}` : h;
}

/** The day a menu value stands for, or '' for anything else. */
export function dayFrom(value: string): RoutineDay {
  return (ROUTINE_DAYS as readonly string[]).includes(value) ? (value as WeekDay) : '';
}

/** A whole number from a menu value, kept within 0 and `max` (0 for anything else). */
function wholeFrom(value: string, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= max ? n : 0;
}

/** The routine with one choice changed; a value the workbook cannot hold leaves the choice unset. */
export function changeRoutine(doc: Workbook, key: keyof Routine, value: string): Workbook {
  const routine = { ...doc.routine };
  if (key === 'day') routine.day = dayFrom(value);
  if (key === 'time') routine.time = TIME_PATTERN.test(value) ? value : '';
  if (key === 'minutes') routine.minutes = wholeFrom(value, MAX_ROUTINE_MINUTES);
  if (key === 'goal') routine.goal = wholeFrom(value, MAX_WEEKLY_GOAL);
  return { ...doc, routine };
}

/** The next day of the routine from `today` on (today itself when it is the day); '' without a day. */
export function nextSession(r: Routine, today: Day): Day {
  if (!r.day || !isDay(today)) return '';
  // ROUTINE_DAYS starts on Monday; weekday() counts from Sunday.
  const target = (ROUTINE_DAYS.indexOf(r.day) + 1) % 7;
  return addDays(today, (target - weekday(today) + 7) % 7);
}

/** The routine in one phrase: "Sundays at 6:00 PM, for 45 minutes"; '' when no day is chosen. */
export function routineWords(r: Routine, lang: string): string {
  if (!r.day) return '';
  const at = r.time ? ` at ${timeInWords(r.time, lang)}` : '';
  const long = r.minutes ? `, for ${lengthWords(r.minutes)}` : '';
  return `${DAY_NAMES[r.day]}s${at}${long}`;
}

/** The next time in one sentence: "Your next networking time: Sun 6 December 2026 at 6:00 PM." */
export function nextSessionWords(r: Routine, today: Day, lang: string): string {
  const day = nextSession(r, today);
  if (!day) return '';
  const when = day === today ? `today, ${formatDay(day)}` : formatDay(day);
  return `Your next networking time: ${when}${r.time ? ` at ${timeInWords(r.time, lang)}` : ''}.`;
}

// The weekly goal ("reach out to 2 people") and the streak of weeks that met it, counted from the
// contact tracker's dates: a person counts in a week when a day they were reached out to, met,
// thanked or last contacted falls in it (each person once per week, and never a day after today).
// Weeks run Monday to Sunday in the student's own calendar days, as in weeks.ts; "today" comes
// from the caller (dayInTimeZone in lib/days.ts), so the clock and the time zone are set outside.

import { type Day, dayNumber, isDay } from '../../../lib/days';
import type { Contact } from '../../../workbook/model';
import { countOf } from '../../../workbook/plural';

/** The tracker's dates that record being in touch with a person. */
export const CONTACT_DATE_FIELDS = ['reachedOutAt', 'metAt', 'thankedAt', 'lastContactAt'] as const;

/** Day number of Monday 5 January 1970: weeks are counted from it. */
const FIRST_MONDAY = 4;

/** The number of the Monday-to-Sunday week holding `day` (consecutive weeks have consecutive numbers). */
export function weekNumber(day: Day): number {
  return Math.floor((dayNumber(day) - FIRST_MONDAY) / 7);
}

/** How many different people the student was in touch with in each week up to `today`, by week number. */
export function peoplePerWeek(contacts: readonly Contact[], today: Day): Map<number, number> {
  const last = dayNumber(today);
  const out = new Map<number, number>();
  for (const c of contacts) {
    const weeks = new Set<number>();
    for (const field of CONTACT_DATE_FIELDS) {
      const day = c[field];
      // A date after today is a plan, not something done yet.
      if (isDay(day) && dayNumber(day) <= last) weeks.add(weekNumber(day));
    }
    for (const week of weeks) out.set(week, (out.get(week) ?? 0) + 1);
  }
  return out;
}

// The dashboard's routine (the streak) and its week at a glance (people per week) are islands of
// their own that both count the same list for the same day: the last count is kept, so the list is
// gone through once. The workbook's lists are never changed in place (a change makes a new list).
let last: { contacts: readonly Contact[]; today: Day; counts: Map<number, number> } | undefined;

/** peoplePerWeek, counted once for the same list and day; the map is only read. */
function countsOnce(contacts: readonly Contact[], today: Day): Map<number, number> {
  if (last?.contacts !== contacts || last.today !== today)
    last = { contacts, today, counts: peoplePerWeek(contacts, today) };
  return last.counts;
}

/** Where the student stands against the weekly goal. */
export interface Streak {
  goal: number;
  /** People in touch with this week so far. */
  thisWeek: number;
  /** Weeks in a row that met the goal: up to this week when it is met already, else up to last week. */
  weeks: number;
}

/** The streak of weeks that met `goal` up to `today`; undefined without a goal. */
export function weeklyStreak(contacts: readonly Contact[], goal: number, today: Day): Streak | undefined {
  if (!(goal > 0) || !isDay(today)) return undefined;
  const counts = countsOnce(contacts, today);
  const current = weekNumber(today);
  const thisWeek = counts.get(current) ?? 0;
  // The week is not over: until it meets the goal, the streak runs up to last week.
  let week = thisWeek >= goal ? current : current - 1;
  let weeks = 0;
  while ((counts.get(week) ?? 0) >= goal) {
    weeks++;
    week--;
  }
  return { goal, thisWeek, weeks };
}

/** The goal in words: "Reach out to 2 people each week." */
export function goalWords(goal: number): string {
  return `Reach out to ${countOf(goal, 'person', 'people')} each week.`;
}

/** The streak in plain sentences, for the dashboard, My workbook and the export. */
export function streakWords(s: Streak): string {
  const so = `This week: ${s.thisWeek} of ${countOf(s.goal, 'person', 'people')} so far.`;
  const run = countOf(s.weeks, 'week', 'weeks');
  if (s.thisWeek >= s.goal) {
    return `You met your goal this week, with ${countOf(s.thisWeek, 'person', 'people')}. That makes ${run} in a row.`;
  }
  if (s.weeks > 0) return `You met your goal ${run} in a row, up to last week. ${so}`;
  return `${so} Meet your goal this week to start a streak.`;
}

/** People in touch with in each of `weeks` (by their Mondays), for the week at a glance. */
export function peopleInWeeks(
  contacts: readonly Contact[],
  weeks: ReadonlyArray<{ start: Day }>,
  today: Day,
): number[] {
  const counts = countsOnce(contacts, today);
  return weeks.map((w) => (isDay(w.start) ? (counts.get(weekNumber(w.start)) ?? 0) : 0));
}

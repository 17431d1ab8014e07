// The week at a glance on the dashboard: messages sent, conversations held and thank-yous sent per
// week, counted from the dates the contact tracker keeps for each person (reached out on, met on,
// thank-you sent on). Weeks run Monday to Sunday in the student's own calendar days (lib/days.ts),
// so time zones only matter for "today", which the caller passes in.

import { monthShort } from '../../lib/date-names';
import { addDays, type Day, dayNumber, isDay, weekday } from '../../lib/days';
import type { Contact, Workbook } from '../../workbook/model';
import { countOf } from '../../workbook/plural';

/** How many weeks the chart shows, this week included. */
export const WEEKS_SHOWN = 12;

/** What the chart counts per week, with the tracker's date field of each. */
export const WEEK_SERIES = [
  { key: 'messages', field: 'reachedOutAt', label: 'Messages sent', short: 'Messages' },
  { key: 'talks', field: 'metAt', label: 'Conversations held', short: 'Talks' },
  { key: 'thanks', field: 'thankedAt', label: 'Thank-yous sent', short: 'Thank-yous' },
] as const satisfies ReadonlyArray<{ key: string; field: keyof Contact; label: string; short: string }>;

/** One week's counts. */
export interface WeekCount {
  /** The Monday the week starts on. */
  start: Day;
  messages: number;
  talks: number;
  thanks: number;
}

/** The Monday of the week of `day`. */
export function weekStart(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** The last `weeks` weeks up to the one holding `today`, oldest first, each with its counts. */
export function weeklyCounts(contacts: readonly Contact[], today: Day, weeks = WEEKS_SHOWN): WeekCount[] {
  const first = addDays(weekStart(today), -7 * (weeks - 1));
  const out: WeekCount[] = Array.from({ length: weeks }, (_, i) => ({
    start: addDays(first, 7 * i),
    messages: 0,
    talks: 0,
    thanks: 0,
  }));
  const from = dayNumber(first);
  for (const c of contacts) {
    for (const { key, field } of WEEK_SERIES) {
      const day = c[field];
      if (!isDay(day)) continue;
      const week = Math.floor((dayNumber(day) - from) / 7);
      const row = out[week];
      if (week >= 0 && row) row[key]++;
    }
  }
  return out;
}

/** The student's weekly goal of people to reach out to (step 7's routine), or undefined when none is set. */
export function weeklyGoal(doc: Workbook): number | undefined {
  return doc.routine.goal > 0 ? doc.routine.goal : undefined;
}

/** A week in words for the table, by its Monday: "7 Sep" (the column says "Week of"). */
export function weekLabel(start: Day): string {
  if (!isDay(start)) return '';
  const [, m, d] = start.split('-').map(Number) as [number, number, number];
  return `${d} ${monthShort(m - 1)}`;
}

/** The chart in one sentence: totals over the weeks shown. */
export function weeksSummary(weeks: readonly WeekCount[]): string {
  const sum = (key: 'messages' | 'talks' | 'thanks') => weeks.reduce((n, w) => n + w[key], 0);
  return `Your last ${weeks.length} weeks: ${countOf(sum('messages'), 'message', 'messages')} sent, ${countOf(sum('talks'), 'conversation', 'conversations')} held, ${countOf(sum('thanks'), 'thank-you', 'thank-yous')} sent. The table below has each week.`;
}

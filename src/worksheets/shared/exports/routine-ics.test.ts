import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { emptyRoutine } from '../../../workbook/model';
import { lineProblems } from './line-rules';
import { ROUTINE_UID, routineIcs } from './routine-ics';

const now = new Date('2026-11-25T14:30:00.000Z');
const URL = 'https://careers.example.edu/steps/repeat/#dashboard';
const sundays = { day: 'SU' as const, time: '18:00', minutes: 45, goal: 2 };

/** The file's one event, read back with ical.js. */
function parseOne(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0];
  if (!vevent) throw new Error('no event');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** The first `n` start times of a recurring event, as ical.js expands them. */
function firstTimes(event: InstanceType<typeof ICAL.Event>, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toString());
  return out;
}

describe('the weekly networking time as a calendar file (RFC 5545, read back with ical.js)', () => {
  it('is one event that repeats every week, from the next Sunday at 18:00, for 45 minutes', () => {
    const result = routineIcs(sundays, '2026-11-25', now, URL);
    if (!result.ok) throw new Error(result.error);
    expect(lineProblems(result.text)).toEqual([]);
    expect(result.text).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=SU\r\n');
    const { calendar, vevent, event } = parseOne(result.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Networking time');
    expect(event.isRecurring()).toBe(true);
    const rule = vevent.getFirstPropertyValue('rrule') as { freq?: string } | null;
    expect(rule?.freq).toBe('WEEKLY');
    expect(event.uid).toBe(ROUTINE_UID);
    expect(event.summary).toBe('Networking time');
    expect(event.startDate.isDate).toBe(false);
    // Floating: no time zone, so it stays at 18:00 in the student's own calendar.
    expect(event.startDate.toString()).toBe('2026-11-29T18:00:00');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBeUndefined();
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.endDate.toString()).toBe('2026-11-29T18:45:00');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-25T14:30:00Z');
    expect(firstTimes(event, 4)).toEqual([
      '2026-11-29T18:00:00',
      '2026-12-06T18:00:00',
      '2026-12-13T18:00:00',
      '2026-12-20T18:00:00',
    ]);
    expect(event.description).toContain('Reach out to 2 people each week.');
    expect(event.description).toContain(`Your dashboard: ${URL}`);
  });

  it('starts today when today is the day, and repeats across the new year', () => {
    const result = routineIcs({ ...sundays, day: 'WE', time: '07:30', minutes: 90, goal: 0 }, '2026-12-23', now, URL);
    if (!result.ok) throw new Error(result.error);
    const { event } = parseOne(result.text);
    expect(firstTimes(event, 3)).toEqual(['2026-12-23T07:30:00', '2026-12-30T07:30:00', '2027-01-06T07:30:00']);
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.description).not.toContain('Reach out to');
  });

  it('says in words what is missing instead of writing a file', () => {
    expect(routineIcs({ ...emptyRoutine(), day: 'SU' }, '2026-11-25', now, URL)).toEqual({
      ok: false,
      error: 'Choose a start time and a length first, then add it to your calendar.',
    });
  });
});

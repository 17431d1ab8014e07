import { describe, expect, it } from 'vitest';
import { localDay } from '../../lib/days';
import { contact, workbookWith } from '../shared/follow-up/fixtures';
import { weekLabel, weeklyCounts, weeklyGoal, weekStart, weeksSummary } from './weeks';

describe('weekStart', () => {
  it('is the Monday of the week, Monday to Sunday', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(weekStart('2026-11-25')).toBe('2026-11-23'); // Wednesday
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // the next Monday
  });

  it('crosses the year boundary', () => {
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekStart('2026-01-04')).toBe('2025-12-29');
  });
});

describe('weeklyCounts', () => {
  const people = [
    contact('a', 'Ana', { reachedOutAt: '2026-11-23', metAt: '2026-11-25', thankedAt: '2026-11-26' }),
    contact('b', 'Bo', { reachedOutAt: '2026-11-22', metAt: '2026-11-16' }),
    contact('c', 'Cy', { reachedOutAt: '2026-09-01' }), // before the 12 weeks
    contact('d', 'Di', { reachedOutAt: '2026-09-07' }), // the first of the 12 weeks
    contact('e', 'Ed', { metAt: '2026-12-01' }), // after this week
    contact('f', 'Fi', { reachedOutAt: '' }),
  ];

  it('counts each date in its week, for the 12 weeks up to this one, oldest first', () => {
    const weeks = weeklyCounts(people, '2026-11-25');
    expect(weeks).toHaveLength(12);
    expect(weeks[0]?.start).toBe('2026-09-07');
    expect(weeks[11]).toEqual({ start: '2026-11-23', messages: 1, talks: 1, thanks: 1 });
    expect(weeks[10]).toEqual({ start: '2026-11-16', messages: 1, talks: 1, thanks: 0 });
    expect(weeks[0]).toEqual({ start: '2026-09-07', messages: 1, talks: 0, thanks: 0 });
    const all = weeks.reduce((n, w) => n + w.messages + w.talks + w.thanks, 0);
    expect(all).toBe(6);
  });

  it('counts across the new year', () => {
    const weeks = weeklyCounts(
      [contact('a', 'Ana', { reachedOutAt: '2026-12-31', metAt: '2027-01-03', thankedAt: '2027-01-04' })],
      '2027-01-05',
    );
    expect(weeks[10]).toEqual({ start: '2026-12-28', messages: 1, talks: 1, thanks: 0 });
    expect(weeks[11]).toEqual({ start: '2027-01-04', messages: 0, talks: 0, thanks: 1 });
  });

  it('takes "today" in the student’s time zone: late on Sunday is still the old week', () => {
    // 23:30 on Sunday 29 November in the student's zone (whatever zone the tests run in).
    const today = localDay(new Date(2026, 10, 29, 23, 30));
    expect(today).toBe('2026-11-29');
    expect(weeklyCounts([], today)[11]?.start).toBe('2026-11-23');
    // Half an hour later it is Monday: a new week.
    expect(weeklyCounts([], localDay(new Date(2026, 10, 30, 0, 0)))[11]?.start).toBe('2026-11-30');
  });

  it('ignores dates that are not dates', () => {
    const weeks = weeklyCounts([contact('a', 'Ana', { reachedOutAt: '2026-11-31' })], '2026-11-25');
    expect(weeks.every((w) => w.messages === 0)).toBe(true);
  });
});

describe('words', () => {
  it('labels a week by its Monday', () => {
    expect(weekLabel('2026-09-07')).toBe('7 Sep');
    expect(weekLabel('')).toBe('');
  });

  it('sums the weeks in one sentence', () => {
    const weeks = weeklyCounts(
      [contact('a', 'Ana', { reachedOutAt: '2026-11-23', metAt: '2026-11-24' })],
      '2026-11-25',
    );
    expect(weeksSummary(weeks)).toBe(
      'Your last 12 weeks: 1 message sent, 1 conversation held, 0 thank-yous sent. The table below has each week.',
    );
  });

  it('has no weekly goal until the workbook holds one, then the routine’s goal', () => {
    expect(weeklyGoal(workbookWith([]))).toBeUndefined();
    const doc = workbookWith([], { routine: { day: 'SU', time: '', minutes: 0, goal: 3 } });
    expect(weeklyGoal(doc)).toBe(3);
  });
});

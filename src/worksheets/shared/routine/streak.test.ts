import { describe, expect, it } from 'vitest';
import { dayInTimeZone } from '../../../lib/days';
import { weeklyCounts } from '../../dashboard/weeks';
import { contact } from '../follow-up/fixtures';
import { goalWords, peopleInWeeks, peoplePerWeek, streakWords, weeklyStreak, weekNumber } from './streak';

// Every "today" here is given, never read from the clock: the tests pass in any time zone.

describe('weekNumber', () => {
  it('gives Monday to Sunday one number and the next Monday the next one', () => {
    expect(weekNumber('2026-11-23')).toBe(weekNumber('2026-11-29')); // Monday and Sunday
    expect(weekNumber('2026-11-30')).toBe(weekNumber('2026-11-29') + 1);
  });

  it('runs on across the new year and leap days', () => {
    // 2026 ends on a Thursday: Mon 28 December 2026 to Sun 3 January 2027 is one week.
    expect(weekNumber('2026-12-28')).toBe(weekNumber('2027-01-03'));
    expect(weekNumber('2027-01-04')).toBe(weekNumber('2027-01-03') + 1);
    expect(weekNumber('2028-03-05')).toBe(weekNumber('2028-02-28')); // Mon 28 Feb to Sun 5 Mar, 29 Feb inside
  });
});

describe('peoplePerWeek', () => {
  it('counts each person once a week, from any of the tracker’s dates, and nothing after today', () => {
    const counts = peoplePerWeek(
      [
        contact('a', 'Ana', { reachedOutAt: '2026-11-23', metAt: '2026-11-25', thankedAt: '2026-11-26' }),
        contact('b', 'Bo', { lastContactAt: '2026-11-24', nextContactAt: '2026-11-24', meetingAt: '2026-11-24' }),
        contact('c', 'Cy', { metAt: '2026-11-27' }), // after today: a plan, not done
        contact('d', 'Di', { thankedAt: '2026-11-22' }), // Sunday: the week before
        contact('e', 'Ed', { reachedOutAt: '2026-11-31' }), // not a date
      ],
      '2026-11-26',
    );
    expect(counts.get(weekNumber('2026-11-23'))).toBe(2);
    expect(counts.get(weekNumber('2026-11-16'))).toBe(1);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('weeklyStreak', () => {
  const today = '2026-11-25'; // a Wednesday

  it('is undefined without a goal', () => {
    expect(weeklyStreak([contact('a', 'Ana', { reachedOutAt: today })], 0, today)).toBeUndefined();
  });

  it('counts the weeks in a row that met the goal, this week included once it is met', () => {
    const people = [
      contact('a', 'Ana', { reachedOutAt: '2026-11-23' }),
      contact('b', 'Bo', { metAt: '2026-11-25' }),
      contact('c', 'Cy', { reachedOutAt: '2026-11-16' }),
      contact('d', 'Di', { lastContactAt: '2026-11-22' }),
      contact('e', 'Ed', { reachedOutAt: '2026-11-10' }), // one person only: that week missed the goal
      contact('f', 'Fi', { reachedOutAt: '2026-11-03' }),
      contact('g', 'Gus', { reachedOutAt: '2026-11-04' }),
    ];
    expect(weeklyStreak(people, 2, today)).toEqual({ goal: 2, thisWeek: 2, weeks: 2 });
    expect(weeklyStreak(people, 1, today)).toEqual({ goal: 1, thisWeek: 2, weeks: 4 });
    expect(weeklyStreak(people, 3, today)).toEqual({ goal: 3, thisWeek: 2, weeks: 0 });
  });

  it('keeps the streak up to last week while this week is not met yet', () => {
    const people = [
      contact('a', 'Ana', { reachedOutAt: '2026-11-23' }),
      contact('c', 'Cy', { reachedOutAt: '2026-11-16' }),
      contact('d', 'Di', { reachedOutAt: '2026-11-17' }),
      contact('e', 'Ed', { reachedOutAt: '2026-11-09' }),
      contact('f', 'Fi', { reachedOutAt: '2026-11-15' }),
    ];
    expect(weeklyStreak(people, 2, today)).toEqual({ goal: 2, thisWeek: 1, weeks: 2 });
  });

  it('one person reached out to, met and thanked in one week counts as one person', () => {
    const busy = contact('a', 'Ana', { reachedOutAt: '2026-11-23', metAt: '2026-11-24', thankedAt: '2026-11-25' });
    expect(weeklyStreak([busy], 2, today)).toEqual({ goal: 2, thisWeek: 1, weeks: 0 });
  });

  it('splits weeks between Sunday and Monday', () => {
    const people = [contact('a', 'Ana', { metAt: '2026-11-29' }), contact('b', 'Bo', { metAt: '2026-11-30' })];
    // On Sunday, Monday's date is still to come, so only Sunday's counts.
    expect(weeklyStreak(people, 1, '2026-11-29')).toEqual({ goal: 1, thisWeek: 1, weeks: 1 });
    expect(weeklyStreak(people, 2, '2026-11-29')).toEqual({ goal: 2, thisWeek: 1, weeks: 0 });
    // On Monday a new week starts with one person; Sunday's week met a goal of 1.
    expect(weeklyStreak(people, 1, '2026-11-30')).toEqual({ goal: 1, thisWeek: 1, weeks: 2 });
    expect(weeklyStreak(people, 2, '2026-11-30')).toEqual({ goal: 2, thisWeek: 1, weeks: 0 });
  });

  it('runs across the new year', () => {
    const people = [
      contact('a', 'Ana', { reachedOutAt: '2027-01-04' }), // Monday: this week
      contact('b', 'Bo', { reachedOutAt: '2026-12-31' }), // the week of Mon 28 December
      contact('c', 'Cy', { reachedOutAt: '2027-01-02' }), // the same week, in the new year
      contact('d', 'Di', { metAt: '2026-12-22' }),
      contact('e', 'Ed', { thankedAt: '2026-12-27' }), // Sunday
      contact('f', 'Fi', { reachedOutAt: '2026-12-14' }),
    ];
    expect(weeklyStreak(people, 2, '2027-01-06')).toEqual({ goal: 2, thisWeek: 1, weeks: 2 });
    expect(weeklyStreak(people, 1, '2027-01-06')).toEqual({ goal: 1, thisWeek: 1, weeks: 4 });
    // On Sun 3 January 2027 the week of 28 December is this week, and met.
    expect(weeklyStreak(people, 2, '2027-01-03')).toEqual({ goal: 2, thisWeek: 2, weeks: 2 });
  });

  it('follows the student’s time zone: one moment is Sunday in New York and Monday in Auckland', () => {
    // 03:30 UTC on Monday 30 November 2026.
    const now = new Date('2026-11-30T03:30:00Z');
    const newYork = dayInTimeZone(now, 'America/New_York');
    const auckland = dayInTimeZone(now, 'Pacific/Auckland');
    expect([newYork, auckland, dayInTimeZone(now, 'UTC')]).toEqual(['2026-11-29', '2026-11-30', '2026-11-30']);
    const people = [
      contact('a', 'Ana', { reachedOutAt: '2026-11-24' }),
      contact('b', 'Bo', { reachedOutAt: '2026-11-27' }),
      // Typed in Auckland on its Monday: still tomorrow in New York.
      contact('c', 'Cy', { reachedOutAt: '2026-11-30' }),
    ];
    expect(weeklyStreak(people, 2, newYork)).toEqual({ goal: 2, thisWeek: 2, weeks: 1 });
    expect(weeklyStreak(people, 2, auckland)).toEqual({ goal: 2, thisWeek: 1, weeks: 1 });
  });

  it('takes the new year at each zone’s own midnight', () => {
    const now = new Date('2027-01-01T02:00:00Z');
    expect(dayInTimeZone(now, 'America/Los_Angeles')).toBe('2026-12-31');
    expect(dayInTimeZone(now, 'Asia/Tokyo')).toBe('2027-01-01');
    // A zone the browser does not know falls back to the device's own date rather than failing.
    expect(dayInTimeZone(now, 'Not/A_Zone')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('words', () => {
  it('says the goal and the streak in plain sentences', () => {
    expect(goalWords(1)).toBe('Reach out to 1 person each week.');
    expect(goalWords(2)).toBe('Reach out to 2 people each week.');
    expect(streakWords({ goal: 2, thisWeek: 3, weeks: 4 })).toBe(
      'You met your goal this week, with 3 people. That makes 4 weeks in a row.',
    );
    expect(streakWords({ goal: 2, thisWeek: 2, weeks: 1 })).toBe(
      'You met your goal this week, with 2 people. That makes 1 week in a row.',
    );
    expect(streakWords({ goal: 2, thisWeek: 1, weeks: 3 })).toBe(
      'You met your goal 3 weeks in a row, up to last week. This week: 1 of 2 people so far.',
    );
    expect(streakWords({ goal: 1, thisWeek: 0, weeks: 0 })).toBe(
      'This week: 0 of 1 person so far. Meet your goal this week to start a streak.',
    );
  });

  it('counts people for each week of the chart', () => {
    const people = [contact('a', 'Ana', { metAt: '2026-11-24' }), contact('b', 'Bo', { thankedAt: '2026-11-18' })];
    const weeks = weeklyCounts(people, '2026-11-25');
    expect(peopleInWeeks(people, weeks, '2026-11-25').slice(-3)).toEqual([0, 1, 1]);
  });
});

describe('the streak and the people per week, from one count', () => {
  it('give the counts of the list and day they are asked about, also when asked in turn about others', () => {
    const today = '2026-11-25';
    const one = [contact('a', 'Ana', { reachedOutAt: today }), contact('b', 'Bo', { metAt: today })];
    const other = [contact('c', 'Cy', { reachedOutAt: '2026-11-18' })];
    const weeks = [{ start: '2026-11-16' }, { start: '2026-11-23' }];
    expect(weeklyStreak(one, 2, today)).toEqual({ goal: 2, thisWeek: 2, weeks: 1 });
    expect(peopleInWeeks(one, weeks, today)).toEqual([0, 2]);
    expect(peopleInWeeks(other, weeks, today)).toEqual([1, 0]);
    expect(weeklyStreak(other, 1, today)).toEqual({ goal: 1, thisWeek: 0, weeks: 1 });
    // The same list on another day: counted again (a date after that day is not counted).
    expect(peopleInWeeks(one, weeks, '2026-11-22')).toEqual([0, 0]);
    expect(weeklyStreak(one, 2, today)).toEqual({ goal: 2, thisWeek: 2, weeks: 1 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  daysBetween,
  formatDay,
  fromDayNumber,
  isDay,
  isWeekend,
  laterDay,
  localDay,
  weekday,
} from './days';
import { timeInWords } from './time-in-words';

/** The obvious, slow version: step one day at a time and count weekdays. */
function slowAddBusinessDays(day: string, n: number): string {
  let d = day;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}

const anyDay = fc.integer({ min: 0, max: 40_000 }).map((n) => fromDayNumber(n));

describe('calendar days', () => {
  it('checks real dates only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-1')).toBe(false);
    expect(isDay('')).toBe(false);
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-11-25', '2026-11-23')).toBe(-2);
  });

  it('knows the day of the week', () => {
    expect(weekday('2026-11-25')).toBe(3); // Wednesday
    expect(weekday('1969-12-28')).toBe(0); // a Sunday before 1970
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-27')).toBe(false);
  });

  it('reads the local date of a moment, not the UTC one', () => {
    expect(localDay(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('formats a date in words and keeps empty dates empty', () => {
    expect(formatDay('2026-03-03')).toBe('Tue 3 March 2026');
    expect(formatDay('')).toBe('');
    expect(laterDay('2026-01-02', '')).toBe('2026-01-02');
    expect(laterDay('2026-01-02', '2026-01-05')).toBe('2026-01-05');
  });
});

describe('business days (weekends only, no holidays)', () => {
  it('skips weekends', () => {
    expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday + 1 → Monday
    expect(addBusinessDays('2026-11-28', 1)).toBe('2026-11-30'); // Saturday + 1 → Monday
    expect(addBusinessDays('2026-11-29', 3)).toBe('2026-12-02'); // Sunday + 3 → Wednesday
    expect(addBusinessDays('2026-11-23', 3)).toBe('2026-11-26'); // Monday + 3 → Thursday
    expect(addBusinessDays('2026-11-26', 7)).toBe('2026-12-07'); // Thursday + 7 → Monday after next
    expect(addBusinessDays('2026-11-25', 0)).toBe('2026-11-25');
    expect(addBusinessDays('', 3)).toBe('');
  });

  it('crosses month ends, year ends and leap days', () => {
    expect(addBusinessDays('2026-01-29', 3)).toBe('2026-02-03'); // Thu → Tue
    expect(addBusinessDays('2026-12-30', 3)).toBe('2027-01-04'); // Wed → Mon
    expect(addBusinessDays('2028-02-25', 3)).toBe('2028-03-01'); // Fri → Wed, past 29 Feb
    expect(addBusinessDays('2026-02-27', 7)).toBe('2026-03-10');
  });

  it('counts business days after a date, up to and including another', () => {
    expect(businessDaysBetween('2026-11-27', '2026-11-30')).toBe(1); // Fri → Mon
    expect(businessDaysBetween('2026-11-27', '2026-11-29')).toBe(0); // Fri → Sun
    expect(businessDaysBetween('2026-11-23', '2026-12-04')).toBe(9);
    expect(businessDaysBetween('2026-11-25', '2026-11-25')).toBe(0);
    expect(businessDaysBetween('2026-11-25', '2026-11-20')).toBe(0);
  });

  it('agrees with counting one day at a time, for any date and count', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), (day, n) => {
        const fast = addBusinessDays(day, n);
        expect(fast).toBe(slowAddBusinessDays(day, n));
        expect(businessDaysBetween(day, fast)).toBe(n);
        if (n > 0) expect(isWeekend(fast)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the local day and dates in words', () => {
  it('gives the local date, not the UTC one', () => {
    expect(localDay(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(localDay(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('knows real calendar dates', () => {
    expect(isDay('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2027-02-29', '2026-13-01', '26-11-25', '2026-11-25 ', '', '25/11/2026']) {
      expect(isDay(bad), bad).toBe(false);
    }
  });

  it('writes a date in words and picks the later of two', () => {
    expect(formatDay('2026-11-05')).toBe('Thu 5 November 2026');
    expect(formatDay('nonsense')).toBe('nonsense');
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
    expect(laterDay('', '2026-01-02')).toBe('2026-01-02');
    expect(laterDay('2026-03-01', '2026-01-02')).toBe('2026-03-01');
  });
});

describe('times in words', () => {
  it('writes the time the way the page language does', () => {
    expect(timeInWords('14:30', 'en')).toBe('2:30 PM');
    expect(timeInWords('09:05', 'en')).toBe('9:05 AM');
    expect(timeInWords('14:30', 'en-GB')).toBe('14:30');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from './days';

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc.date({
  min: new Date(Date.UTC(1950, 0, 1)),
  max: new Date(Date.UTC(2150, 11, 31)),
  noInvalidDate: true,
});

describe('dates in words, written without Intl', () => {
  it('formatDay reads like British English Intl with the short weekday, without its comma ("Thu 3 December 2026")', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(fc.property(dates, (d) => formatDay(ymd(d)) === intl.format(d).replace(',', '')));
  });

  it('keeps the known examples', () => {
    expect(formatDay('2026-09-30')).toBe('Wed 30 September 2026');
    expect(formatDay('2026-12-03')).toBe('Thu 3 December 2026');
  });
});

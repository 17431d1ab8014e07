import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateText, formatDay } from './days';

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc.date({
  min: new Date(Date.UTC(1950, 0, 1)),
  max: new Date(Date.UTC(2150, 11, 31)),
  noInvalidDate: true,
});

describe('dates in words, written without Intl', () => {
  it('formatDay reads exactly like US English Intl ("Tue, Mar 3, 2026")', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(fc.property(dates, (d) => formatDay(ymd(d)) === intl.format(d)));
  });

  it('dateText reads exactly like British English Intl ("5 November 2026")', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(fc.property(dates, (d) => dateText(ymd(d)) === intl.format(d)));
  });

  it('keeps the known examples', () => {
    expect(formatDay('2026-09-30')).toBe('Wed, Sep 30, 2026');
    expect(dateText('2026-02-01')).toBe('1 February 2026');
  });
});

import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, isDate } from './date-format';
import { DateTextSchema } from './schema';

describe('isDate', () => {
  it('accepts real dates with a four-digit year', () => {
    for (const d of ['2026-03-15', '2024-02-29', '0001-01-01', '9999-12-31']) expect(isDate(d)).toBe(true);
  });

  it('refuses longer years, impossible days and other shapes', () => {
    for (const d of [
      '202612-03-15',
      '20261-03-15',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-3-5',
      '03/15/2026',
      '',
    ]) {
      expect(isDate(d)).toBe(false);
    }
  });

  it('agrees with the calendar on every day 1 to 31 of every month, leap centuries included', () => {
    const real = (y: number, m: number, d: number) => {
      const day = new Date(0);
      day.setUTCFullYear(y, m - 1, d);
      return day.getUTCMonth() === m - 1;
    };
    for (const y of [4, 100, 400, 1900, 2000, 2023, 2024, 2100])
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 31; d++) {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isDate(text), text).toBe(real(y, m, d));
        }
  });
});

describe('the schema uses the same date rule', () => {
  it('stores what isDate accepts and refuses what the pattern refuses', () => {
    for (const d of ['2026-03-15', '', '202612-03-15', '2026-13-01', '2026-3-5']) {
      expect(DateTextSchema.safeParse(d).success).toBe(d === '' || DATE_PATTERN.test(d));
    }
    expect(DateTextSchema.safeParse('202612-03-15').success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { nextCount } from './ramp';

describe('nextCount', () => {
  it('grows by the step until the maximum, then shows everything', () => {
    const seen: number[] = [];
    let count = 12;
    while (Number.isFinite(count)) {
      seen.push(count);
      count = nextCount(count, 12, 50);
    }
    expect(seen).toEqual([12, 24, 36, 48]);
    expect(count).toBe(Number.POSITIVE_INFINITY);
  });

  it('shows everything at once when the first step already reaches the maximum', () => {
    expect(nextCount(40, 10, 50)).toBe(Number.POSITIVE_INFINITY);
    expect(nextCount(39, 10, 50)).toBe(49);
  });
});

import { describe, expect, it } from 'vitest';
import { nextCount } from './first-draw';
import { nextStep } from './ramp';

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

describe('nextStep', () => {
  it('doubles after a quick task, halves after a slow one, and keeps the step in between', () => {
    expect(nextStep(10, 2, 10)).toBe(20);
    expect(nextStep(10, 25, 10)).toBe(5);
    expect(nextStep(10, 7, 10)).toBe(10);
  });

  it('never goes below one item nor above a thousand', () => {
    expect(nextStep(1, 500, 10)).toBe(1);
    expect(nextStep(800, 0, 10)).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { barsPath } from './week-bars';

const placement = { left: (i: number) => 2.5 + i * 30, width: 7, base: 112 };

describe('barsPath', () => {
  it('draws a closed bar up from the base line for each height, and nothing for a zero', () => {
    expect(barsPath([10, 0, 5], placement)).toBe('M2.5 112h7v-10h-7zM62.5 112h7v-5h-7z');
  });

  it('draws nothing at all for weeks of zeros (an empty path)', () => {
    expect(barsPath([0, 0, 0], placement)).toBe('');
  });

  it('writes heights and positions with two decimals at most', () => {
    expect(barsPath([100 / 3], { left: () => 1 / 3, width: 7, base: 112 })).toBe('M0.33 112h7v-33.33h-7z');
  });
});

import { describe, expect, it } from 'vitest';
import { groupDigits } from './group-digits';

describe('groupDigits', () => {
  it('puts a comma between groups of three digits, as English does', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1000)).toBe('1,000');
    expect(groupDigits(5000)).toBe('5,000');
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(-12000)).toBe('-12,000');
  });

  it('writes every whole number the way toLocaleString("en") does', () => {
    for (const n of [7, 42, 100, 1001, 20000, 99999, 100000, 3_850_883, -5, -1000]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en'));
    }
  });
});

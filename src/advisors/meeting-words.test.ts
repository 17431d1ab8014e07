import { describe, expect, it } from 'vitest';
import { dateInWords, timeInWords } from './meeting-words';

describe('the next meeting in words', () => {
  it('writes the date in full in the page language', () => {
    expect(dateInWords('2026-03-10', 'en')).toBe('Tuesday, March 10, 2026');
  });
  it('writes the time the way the page language does', () => {
    expect(timeInWords('14:30', 'en')).toBe('2:30 PM');
    expect(timeInWords('09:05', 'en')).toBe('9:05 AM');
    expect(timeInWords('14:30', 'en-GB')).toBe('14:30');
  });
});

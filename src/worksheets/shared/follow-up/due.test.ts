import { describe, expect, it } from 'vitest';
import { dueState, dueWords } from './due';
import { dueText } from './due-text';

const today = '2026-11-25';

describe('due dates in words', () => {
  it('says how late or how soon, in words', () => {
    expect(dueWords('2026-11-23', today)).toBe('Overdue by 2 days');
    expect(dueWords('2026-11-24', today)).toBe('Overdue by 1 day');
    expect(dueWords('2026-11-25', today)).toBe('Due today');
    expect(dueWords('2026-11-26', today)).toBe('Due tomorrow');
    expect(dueWords('2026-12-02', today)).toBe('Due in 7 days');
    expect(dueWords('2025-11-25', today)).toBe('Overdue by 365 days');
    expect(dueWords('', today)).toBe('No date set');
    expect(dueWords('not a date', today)).toBe('No date set');
  });

  it('sorts dates into overdue, today, soon (up to 3 days), later and none', () => {
    expect(dueState('2026-11-24', today)).toBe('overdue');
    expect(dueState(today, today)).toBe('today');
    expect(dueState('2026-11-28', today)).toBe('soon');
    expect(dueState('2026-11-29', today)).toBe('later');
    expect(dueState('', today)).toBe('none');
  });

  it('counts across the end of a month and a year', () => {
    expect(dueWords('2027-01-01', '2026-12-31')).toBe('Due tomorrow');
    expect(dueWords('2026-02-28', '2026-03-01')).toBe('Overdue by 1 day');
  });

  it('puts the date and the words together', () => {
    expect(dueText('2026-11-23', today)).toBe('Mon 23 November 2026 (overdue by 2 days)');
    expect(dueText('', today)).toBe('No date set');
  });
});

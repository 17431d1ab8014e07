import { describe, expect, it } from 'vitest';
import { DATE_FIELDS, dateProblem, INCOMPLETE_DATE } from './editor-fields';

const today = '2026-11-25';

describe('date fields of the tracker', () => {
  it('accepts empty and real dates, refuses half-typed or impossible ones', () => {
    expect(dateProblem('nextContactAt', '', today)).toBeUndefined();
    expect(dateProblem('nextContactAt', '2026-12-01', today)).toBeUndefined();
    expect(dateProblem('nextContactAt', '2026-02-30', today)).toBe(INCOMPLETE_DATE);
    expect(dateProblem('metAt', '26-01-01', today)).toBe(INCOMPLETE_DATE);
  });

  it('allows past dates for plans (they show as overdue) but not future dates for what happened', () => {
    expect(dateProblem('nextContactAt', '2020-01-01', today)).toBeUndefined();
    expect(dateProblem('meetingAt', '2027-01-01', today)).toBeUndefined();
    expect(dateProblem('metAt', '2026-11-26', today)).toBe(
      'The day you met cannot be in the future. Enter the day it happened, or leave it empty.',
    );
    expect(dateProblem('thankedAt', '2026-11-26', today)).toMatch(
      /^The day you sent the thank-you cannot be in the future/,
    );
    expect(dateProblem('lastContactAt', today, today)).toBeUndefined();
    expect(DATE_FIELDS.map((f) => f.key)).toEqual([
      'reachedOutAt',
      'meetingAt',
      'metAt',
      'thankedAt',
      'lastContactAt',
      'nextContactAt',
    ]);
  });
});

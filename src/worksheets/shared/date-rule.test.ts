import { describe, expect, it } from 'vitest';
import { dateProblem } from './date-rule';

describe('date rules', () => {
  it('checks missing, malformed, past and future dates against a rule', () => {
    const today = '2026-11-25';
    const due = { required: true, noPast: true, what: 'the due date' };
    expect(dateProblem('', due, today)).toBe('Enter the due date.');
    expect(dateProblem('  ', { what: 'a date' }, today)).toBeUndefined();
    expect(dateProblem('2026-02-30', due, today)).toBe(
      'Enter the due date as a full date with day, month and a four-digit year.',
    );
    expect(dateProblem('2026-11-24', due, today)).toBe('The due date has passed. Choose today or a later date.');
    expect(dateProblem('2026-11-25', due, today)).toBeUndefined();
    const talk = { required: true, noFuture: true, what: 'the date of the conversation' };
    expect(dateProblem('2026-11-26', talk, today)).toBe(
      'The date of the conversation is in the future. Enter the day it happened.',
    );
    expect(dateProblem('2020-01-01', talk, today)).toBeUndefined();
  });
});

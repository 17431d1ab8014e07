import { describe, expect, it } from 'vitest';
import { dateProblem, dateText, isDate, laterDate, localDate } from './dates';
import { advanceStatus } from './status';

describe('dates', () => {
  it('gives the local date, not the UTC one', () => {
    expect(localDate(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(localDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('knows real calendar dates', () => {
    expect(isDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2027-02-29', '2026-13-01', '26-11-25', '2026-11-25 ', '', '25/11/2026']) {
      expect(isDate(bad), bad).toBe(false);
    }
  });

  it('writes a date in words and picks the later of two', () => {
    expect(dateText('2026-11-05')).toBe('5 November 2026');
    expect(dateText('nonsense')).toBe('nonsense');
    expect(laterDate('', '2026-01-02')).toBe('2026-01-02');
    expect(laterDate('2026-03-01', '2026-01-02')).toBe('2026-03-01');
  });

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

describe('status changes', () => {
  it('moves forward only', () => {
    expect(advanceStatus('not-contacted', 'reached-out')).toBe('reached-out');
    expect(advanceStatus('reached-out', 'meeting-set')).toBe('meeting-set');
    expect(advanceStatus('meeting-set', 'met')).toBe('met');
    expect(advanceStatus('not-contacted', 'met')).toBe('met');
    expect(advanceStatus('met', 'reached-out')).toBe('met');
    expect(advanceStatus('thanked', 'met')).toBe('thanked');
    expect(advanceStatus('keeping-in-touch', 'meeting-set')).toBe('keeping-in-touch');
    expect(advanceStatus('reached-out', 'reached-out')).toBe('reached-out');
  });

  it('starts again after "No reply" or "Declined"', () => {
    expect(advanceStatus('no-reply', 'reached-out')).toBe('reached-out');
    expect(advanceStatus('declined', 'reached-out')).toBe('reached-out');
    expect(advanceStatus('declined', 'met')).toBe('met');
  });
});

import { describe, expect, it } from 'vitest';
import { contact } from './fixtures';
import {
  adviceFor,
  datePatch,
  nextDue,
  QUICK_STEPS,
  quickNextDate,
  statusPatch,
  thankYouDue,
  thankYouPending,
  threeBSeven,
} from './follow-up';

// Wednesday 25 November 2026.
const today = '2026-11-25';

describe('thank-you due date (one business day after the meeting)', () => {
  it('is the next weekday after the meeting', () => {
    expect(thankYouDue(contact('a', 'A', { status: 'met', metAt: '2026-11-24' }))).toBe('2026-11-25');
    expect(thankYouDue(contact('a', 'A', { status: 'met', metAt: '2026-11-27' }))).toBe('2026-11-30'); // Fri → Mon
    expect(thankYouDue(contact('a', 'A', { status: 'met', metAt: '2026-11-28' }))).toBe('2026-11-30'); // Sat → Mon
    expect(thankYouDue(contact('a', 'A', { status: 'met', metAt: '2026-12-31' }))).toBe('2027-01-01');
  });

  it('is pending only for people met and not thanked; a missing meeting date gives no date', () => {
    expect(thankYouPending(contact('a', 'A', { status: 'met' }))).toBe(true);
    expect(thankYouDue(contact('a', 'A', { status: 'met' }))).toBe('');
    expect(thankYouPending(contact('a', 'A', { status: 'met', thankedAt: today }))).toBe(false);
    expect(thankYouPending(contact('a', 'A', { status: 'thanked' }))).toBe(false);
    expect(thankYouPending(contact('a', 'A', { status: 'meeting-set', metAt: today }))).toBe(false);
  });
});

describe('the 3B7 routine', () => {
  const reached = (reachedOutAt: string, org = 'County Lab') =>
    contact('a', 'Ana', { status: 'reached-out', reachedOutAt, org });

  it('waits before 3 business days, then a second person, then one follow-up after 7', () => {
    // Reached out on Monday 23 November: day 3 is Thursday 26, day 7 is Wednesday 2 December.
    const c = reached('2026-11-23');
    expect(threeBSeven(c, '2026-11-25')).toEqual({
      step: 'wait',
      due: '2026-11-26',
      secondPersonOn: '2026-11-26',
      followUpOn: '2026-12-02',
      nextDate: '2026-11-26',
    });
    expect(threeBSeven(c, '2026-11-26')).toMatchObject({
      step: 'second-person',
      due: '2026-11-26',
      nextDate: '2026-12-02',
    });
    expect(threeBSeven(c, '2026-11-29')).toMatchObject({ step: 'second-person' });
    expect(threeBSeven(c, '2026-12-02')).toMatchObject({ step: 'follow-up', due: '2026-12-02', nextDate: '' });
  });

  it('counts from a Friday across the weekend', () => {
    expect(threeBSeven(reached('2026-11-27'), today)).toMatchObject({
      secondPersonOn: '2026-12-02',
      followUpOn: '2026-12-08',
    });
  });

  it('applies only to people reached out to with a date', () => {
    expect(threeBSeven(contact('a', 'A', { status: 'reached-out' }), today)).toBeUndefined();
    expect(threeBSeven(contact('a', 'A', { status: 'no-reply', reachedOutAt: '2026-11-01' }), today)).toBeUndefined();
    expect(threeBSeven(contact('a', 'A', { status: 'met', reachedOutAt: '2026-11-01' }), today)).toBeUndefined();
  });

  it('words each step, naming the organization or "the same organization"', () => {
    expect(adviceFor(reached('2026-11-23'), today)).toBe(
      'If there is no reply by Thu 26 November 2026, write to a second person at County Lab. If there is still none by Wed 2 December 2026, send Ana one short follow-up.',
    );
    expect(adviceFor(reached('2026-11-20', ''), today)).toBe(
      'No reply after 3 business days: write to a second person at the same organization. If Ana has not replied by Tue 1 December 2026, send one short follow-up.',
    );
    expect(adviceFor(reached('2026-11-02'), today)).toMatch(/^No reply after 7 business days: send Ana one short/);
  });
});

describe('the next follow-up of a person', () => {
  it('is the earliest of the next contact date, the thank-you and the 3B7 step', () => {
    const c = contact('a', 'A', { status: 'met', metAt: '2026-11-20', nextContactAt: '2026-12-01' });
    expect(nextDue(c, today)).toEqual({ kind: 'thank-you', due: '2026-11-23' });
    const r = contact('b', 'B', { status: 'reached-out', reachedOutAt: '2026-11-23', nextContactAt: '2026-11-24' });
    expect(nextDue(r, today)).toEqual({ kind: 'next', due: '2026-11-24' });
    expect(nextDue(contact('c', 'C'), today)).toBeUndefined();
  });

  it('keeps a thank-you without a date, but a dated item wins over it', () => {
    expect(nextDue(contact('a', 'A', { status: 'met' }), today)).toEqual({ kind: 'thank-you', due: '' });
    expect(nextDue(contact('a', 'A', { status: 'met', nextContactAt: '2027-01-05' }), today)).toEqual({
      kind: 'next',
      due: '2027-01-05',
    });
  });
});

describe('quick buttons and status changes', () => {
  it('sets the next contact date 1, 3 or 7 calendar days from today', () => {
    expect(QUICK_STEPS.map((s) => quickNextDate('2026-12-30', s.days))).toEqual([
      '2026-12-31',
      '2027-01-02',
      '2027-01-06',
    ]);
  });

  it('fills the matching date with today when it is empty, and moves the last contact date up', () => {
    const c = contact('a', 'A', { lastContactAt: '2026-10-01' });
    expect(statusPatch(c, 'reached-out', today)).toEqual({
      status: 'reached-out',
      reachedOutAt: today,
      lastContactAt: today,
    });
    expect(statusPatch({ ...c, reachedOutAt: '2026-11-02' }, 'reached-out', today)).toEqual({
      status: 'reached-out',
      reachedOutAt: '2026-11-02',
      lastContactAt: '2026-11-02',
    });
    expect(statusPatch({ ...c, meetingAt: '2026-11-20' }, 'met', today)).toMatchObject({ metAt: '2026-11-20' });
    expect(statusPatch({ ...c, meetingAt: '2026-12-20' }, 'met', today)).toMatchObject({ metAt: today });
    expect(statusPatch(c, 'thanked', today)).toMatchObject({ thankedAt: today, lastContactAt: today });
    expect(statusPatch(c, 'declined', today)).toEqual({ status: 'declined' });
    // A later last contact date is never moved back.
    expect(
      statusPatch({ ...c, lastContactAt: '2026-11-24', reachedOutAt: '2026-11-02' }, 'reached-out', today),
    ).toEqual({ status: 'reached-out', reachedOutAt: '2026-11-02' });
  });

  it('words the thank-you advice by how late it is', () => {
    const met = (metAt: string) => adviceFor(contact('a', 'Ana', { status: 'met', metAt }), today);
    expect(met('2026-11-20')).toBe(
      'Send your thank-you today: it was due on Mon 23 November 2026. Name one thing you learned.',
    );
    expect(met('2026-11-24')).toBe('Send your thank-you today. Name one thing you learned.');
    expect(met(today)).toBe('Send a thank-you by Thu 26 November 2026. Name one thing you learned.');
  });

  it('gives advice for every status', () => {
    for (const status of [
      'not-contacted',
      'meeting-set',
      'met',
      'thanked',
      'keeping-in-touch',
      'no-reply',
      'declined',
    ] as const) {
      expect(adviceFor(contact('a', 'Ana', { status }), today).length).toBeGreaterThan(10);
    }
  });
});

describe('dates typed in the tracker', () => {
  it('moves the last contact to the day the student chose, not today', () => {
    // "Met" chosen today fills in today as the day met and the last contact...
    const met = contact('p', 'Pat', { status: 'meeting-set', reachedOutAt: '2026-11-16', lastContactAt: '2026-11-16' });
    const afterStatus = { ...met, ...statusPatch(met, 'met', today) };
    expect(afterStatus).toMatchObject({ metAt: today, lastContactAt: today });
    // ...then the student types the real day: the last contact follows it.
    expect(datePatch(afterStatus, 'metAt', '2026-11-20', today)).toEqual({
      metAt: '2026-11-20',
      lastContactAt: '2026-11-20',
    });
  });

  it('keeps a later last contact the student set themselves, and moves it up for a later date', () => {
    const c = contact('p', 'Pat', { status: 'met', metAt: '2026-11-10', lastContactAt: '2026-11-22' });
    expect(datePatch(c, 'metAt', '2026-11-12', today)).toEqual({ metAt: '2026-11-12' });
    expect(datePatch(c, 'thankedAt', '2026-11-24', today)).toEqual({
      thankedAt: '2026-11-24',
      lastContactAt: '2026-11-24',
    });
  });

  it('falls back to the other dates when the date the last contact came from is cleared', () => {
    const c = contact('p', 'Pat', {
      status: 'met',
      reachedOutAt: '2026-11-02',
      metAt: '2026-11-10',
      lastContactAt: '2026-11-10',
    });
    expect(datePatch(c, 'metAt', '', today)).toEqual({ metAt: '', lastContactAt: '2026-11-02' });
  });

  it('changes only the date itself for dates that are not a contact', () => {
    const c = contact('p', 'Pat', { lastContactAt: '2026-11-10' });
    expect(datePatch(c, 'nextContactAt', '2026-12-01', today)).toEqual({ nextContactAt: '2026-12-01' });
    expect(datePatch(c, 'lastContactAt', '2026-11-01', today)).toEqual({ lastContactAt: '2026-11-01' });
  });
});

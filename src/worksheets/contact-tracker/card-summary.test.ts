import { describe, expect, it } from 'vitest';
import { contact } from '../shared/follow-up/fixtures';
import { nextSummary } from './card-summary';

const today = '2026-11-25';

describe("a closed card's line about what comes next", () => {
  it('names the next contact date and how close it is', () => {
    expect(nextSummary(contact('a', 'Ana', { nextContactAt: '2026-11-20' }), today)).toEqual({
      label: 'Next contact',
      words: 'Overdue by 5 days',
      state: 'overdue',
    });
    expect(nextSummary(contact('a', 'Ana', { nextContactAt: '2026-11-26' }), today)?.words).toBe('Due tomorrow');
  });

  it('puts a thank-you first when it comes before the next contact, and says "Due now" without a meeting date', () => {
    const met = contact('c', 'Chidi', { status: 'met', metAt: '2026-11-24', nextContactAt: '2026-12-20' });
    expect(nextSummary(met, today)).toEqual({ label: 'Thank-you', words: 'Due today', state: 'today' });
    expect(nextSummary(contact('z', 'Zed', { status: 'met' }), today)).toEqual({
      label: 'Thank-you',
      words: 'Due now',
      state: 'today',
    });
  });

  it('names the step of the 3B7 routine: a second person from day 3, one follow-up from day 7', () => {
    const out = (on: string) => contact('b', 'Bob', { status: 'reached-out', reachedOutAt: on });
    expect(nextSummary(out('2026-11-24'), today)).toMatchObject({ label: 'Second person', state: 'soon' });
    expect(nextSummary(out('2026-11-18'), today)).toMatchObject({ label: 'Second person', state: 'overdue' });
    expect(nextSummary(out('2026-11-10'), today)).toMatchObject({ label: 'One follow-up', state: 'overdue' });
  });

  it('is undefined when nothing is planned', () => {
    expect(nextSummary(contact('a', 'Ana'), today)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/days';
import { firstActions, followUpActions } from './actions';
import { contact, manyContacts, workbookWith } from './fixtures';

const today = '2026-11-25';

describe('the first follow-ups', () => {
  it('are the first of the whole sorted list, for any limit and filter', () => {
    // Many people share a day and a kind, so the titles decide the order at the cut.
    const doc = workbookWith(manyContacts(300, today));
    const horizon = addDays(today, 7);
    const soon = (a: { due: string }) => !a.due || a.due <= horizon;
    const all = followUpActions(doc, today);
    for (const keep of [() => true, soon]) {
      const kept = all.filter(keep);
      for (const limit of [0, 1, 5, 17, 1000]) {
        const { shown, total } = firstActions(doc, today, keep, limit);
        expect(total).toBe(kept.length);
        expect(shown).toEqual(kept.slice(0, limit));
      }
    }
  });

  it('order people due on the same day by their names', () => {
    const met = { status: 'met' as const, metAt: today };
    const doc = workbookWith([contact('z', 'Zoë', met), contact('a', 'Ana', met), contact('m', 'Mo', met)]);
    const { shown } = firstActions(doc, today, () => true, 2);
    expect(shown.map((a) => a.title)).toEqual(['Send a thank-you to Ana', 'Send a thank-you to Mo']);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import { contactGroups, resolveContact } from './contact-choice';

const now = new Date('2026-11-25T10:00:00Z');

/** People as [id, motivation, in the top five]. */
function withPeople(people: ReadonlyArray<readonly [string, 0 | 1 | 2 | 3, boolean]>): Workbook {
  const base = emptyWorkbook(now);
  return {
    ...base,
    contacts: people.map(([id, motivation, topFive]) => ({
      id,
      name: id.toUpperCase(),
      circleId: '',
      howKnown: '',
      org: '',
      notes: '',
      email: '',
      sourcePlaceId: '',
      referredBy: '',
      status: 'not-contacted' as const,
      relevance: 0 as const,
      motivation,
      topFive,
      createdAt: '',
      updatedAt: '',
      reachedOutAt: '',
      meetingAt: '',
      metAt: '',
      thankedAt: '',
      lastContactAt: '',
      nextContactAt: '',
    })),
  };
}

describe('choosing a contact', () => {
  const doc = withPeople([
    ['a', 3, false],
    ['b', 1, true],
    ['c', 3, true],
    ['d', 0, false],
  ]);

  it('offers the top five first, in priority order, then everyone else as listed', () => {
    const { top, others } = contactGroups(doc.contacts);
    expect(top.map((c) => c.id)).toEqual(['c', 'b']);
    expect(others.map((c) => c.id)).toEqual(['a', 'd']);
  });

  it('shows the chosen person, or the first offered when none is chosen or they were removed', () => {
    expect(resolveContact(doc, 'd')?.id).toBe('d');
    expect(resolveContact(doc, '')?.id).toBe('c');
    expect(resolveContact(doc, 'gone')?.id).toBe('c');
    expect(resolveContact(withPeople([['x', 0, false]]), '')?.id).toBe('x');
    expect(resolveContact(withPeople([]), '')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import {
  addSuggested,
  cycleMessage,
  linkReferral,
  referralChain,
  unlinkReferral,
  wouldMakeCycle,
} from './referral-changes';
import { suggestedBy } from './referrals';

const now = new Date('2026-11-25T10:00:00Z');

/** A workbook with the people named, each referred by the one given ('' for none); ids are the names in lower case. */
function chain(people: ReadonlyArray<readonly [string, string]>): Workbook {
  let doc = emptyWorkbook(now);
  for (const [name] of people) {
    const r = addContact(doc, { name }, now);
    if (!r.ok) throw new Error(r.error);
    doc = r.doc;
  }
  const ids = new Map(doc.contacts.map((c) => [c.name, c.name.toLowerCase()]));
  return {
    ...doc,
    contacts: doc.contacts.map((c, i) => ({
      ...c,
      id: ids.get(c.name) ?? c.id,
      referredBy: people[i]?.[1].toLowerCase() ?? '',
    })),
  };
}

describe('referral cycles', () => {
  it('refuses A→B→A: B, referred by A, cannot refer A', () => {
    const doc = chain([
      ['A', ''],
      ['B', 'A'],
    ]);
    expect(wouldMakeCycle(doc, 'a', 'b')).toBe(true);
    const r = linkReferral(doc, 'a', 'b', now);
    expect(r).toEqual({
      ok: false,
      error: 'A cannot be suggested by B: A is already earlier in the chain of people who led you to B.',
    });
  });

  it('refuses longer cycles (A→B→C→D→A) and allows links that make none', () => {
    const doc = chain([
      ['A', ''],
      ['B', 'A'],
      ['C', 'B'],
      ['D', 'C'],
      ['E', ''],
    ]);
    expect(referralChain(doc, 'd').map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(wouldMakeCycle(doc, 'a', 'd')).toBe(true);
    expect(wouldMakeCycle(doc, 'b', 'd')).toBe(true);
    expect(wouldMakeCycle(doc, 'e', 'd')).toBe(false);
    expect(wouldMakeCycle(doc, 'd', 'a')).toBe(false);
    const r = linkReferral(doc, 'e', 'd', now);
    expect(r.ok && r.doc.contacts.find((c) => c.id === 'e')?.referredBy).toBe('d');
  });

  it('refuses self-referral', () => {
    const doc = chain([['A', '']]);
    expect(wouldMakeCycle(doc, 'a', 'a')).toBe(true);
    expect(cycleMessage(doc, 'a', 'a')).toBe('A cannot be suggested by themselves.');
    expect(linkReferral(doc, 'a', 'a', now)).toMatchObject({ ok: false });
  });

  it('does not loop on a cycle already in saved data, or on a missing referrer', () => {
    const doc = chain([
      ['A', 'B'],
      ['B', 'A'],
      ['C', 'Gone'],
    ]);
    expect(referralChain(doc, 'a').map((c) => c.id)).toEqual(['b']);
    expect(referralChain(doc, 'c')).toEqual([]);
    expect(wouldMakeCycle(doc, 'c', 'a')).toBe(false);
  });
});

describe('people a contact suggested', () => {
  it('adds a new person referred by the contact, with no place', () => {
    const doc = chain([['Grace', '']]);
    const r = addSuggested(doc, 'grace', '  José   "Pepe" O’Brien, Jr. 🎨 ', now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.contacts.at(-1)).toMatchObject({
      name: 'José "Pepe" O’Brien, Jr. 🎨',
      referredBy: 'grace',
      sourcePlaceId: '',
      status: 'not-contacted',
    });
    expect(suggestedBy(r.doc, 'grace').map((c) => c.name)).toEqual(['José "Pepe" O’Brien, Jr. 🎨']);
  });

  it('refuses empty names and offers to link a same-name person or add anyway', () => {
    const doc = chain([
      ['Grace', ''],
      ['王芳', ''],
    ]);
    expect(addSuggested(doc, 'grace', '   ', now)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Enter a name'),
    });
    const same = addSuggested(doc, 'grace', ' 王芳 ', now);
    expect(same).toMatchObject({ ok: false, sameAs: { id: '王芳'.toLowerCase() } });
    const anyway = addSuggested(doc, 'grace', '王芳', now, true);
    expect(anyway.ok && anyway.doc.contacts.filter((c) => c.name === '王芳')).toHaveLength(2);
  });

  it('says when the person is already in this list, and unlinks without removing', () => {
    const doc = chain([
      ['Grace', ''],
      ['Sam', 'Grace'],
    ]);
    expect(addSuggested(doc, 'grace', 'sam', now)).toMatchObject({ error: 'Sam is already in this list.' });
    const after = unlinkReferral(doc, 'sam', now);
    expect(after.contacts).toHaveLength(2);
    expect(suggestedBy(after, 'grace')).toEqual([]);
  });
});

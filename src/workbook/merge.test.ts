import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeWorkbooks } from './merge';
import { type Contact, ContactSchema, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';
import { contactArb, workbookArb } from './test-arbitraries';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const contact = (id: string, fields: Partial<Contact> = {}): Contact => ({
  ...ContactSchema.parse({ id, name: id }),
  ...fields,
});

/** A workbook with the given contacts and otherwise empty. */
function book(contacts: Contact[], extra: Partial<Workbook> = {}): Workbook {
  return { ...emptyWorkbook(NOW), contacts, ...extra };
}

/** Replaces the contact with the given id. */
function edit(doc: Workbook, id: string, fields: Partial<Contact>): Workbook {
  return { ...doc, contacts: doc.contacts.map((c) => (c.id === id ? { ...c, ...fields } : c)) };
}

/** Freezes a value and everything inside it, so any mutation would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const base = book([contact('a'), contact('b'), contact('c')]);

describe('mergeWorkbooks: fields', () => {
  it('keeps edits to different fields of the same contact from both sides', () => {
    const local = edit(base, 'a', { notes: 'from this tab' });
    const remote = edit(base, 'a', { org: 'from the other tab' });
    expect(mergeWorkbooks(base, local, remote).contacts[0]).toMatchObject({
      notes: 'from this tab',
      org: 'from the other tab',
    });
  });

  it('lets local win when both sides changed the same field', () => {
    const local = edit(base, 'a', { notes: 'local' });
    const remote = edit(base, 'a', { notes: 'remote', status: 'met' });
    expect(mergeWorkbooks(base, local, remote).contacts[0]).toMatchObject({ notes: 'local', status: 'met' });
  });

  it('merges the goals key by key', () => {
    const local = { ...base, goals: { ...base.goals, fields: 'Water policy' } };
    const remote = { ...base, goals: { ...base.goals, questions: 'Which courses?' } };
    expect(mergeWorkbooks(base, local, remote).goals).toMatchObject({
      fields: 'Water policy',
      questions: 'Which courses?',
    });
  });

  it('takes a list of plain values from the side that changed it, local first', () => {
    const withWants = (wants: Workbook['goals']['wants']) => ({ ...base, goals: { ...base.goals, wants } });
    const b = withWants(['field']);
    expect(mergeWorkbooks(b, b, withWants(['field', 'skill'])).goals.wants).toEqual(['field', 'skill']);
    expect(mergeWorkbooks(b, withWants([]), withWants(['field', 'skill'])).goals.wants).toEqual([]);
    expect(mergeWorkbooks(b, withWants(['leads']), b).goals.wants).toEqual(['leads']);
  });

  it('merges nested lists by id (questions of a preparation)', () => {
    const prep = {
      id: 'p',
      contactId: '',
      pitchId: '',
      meetingAt: '',
      checklist: { person: false, organization: false, field: false, pitch: false, logistics: false },
      questions: [{ id: 'q1', text: 'One', theme: 'own' as const }],
    };
    const b = book([], { preps: [prep] });
    const local = book([], {
      preps: [{ ...prep, questions: [...prep.questions, { id: 'q2', text: 'Two', theme: 'advice' as const }] }],
    });
    const remote = book([], {
      preps: [
        {
          ...prep,
          checklist: { ...prep.checklist, pitch: true },
          questions: [
            { id: 'q1', text: 'One, edited', theme: 'own' as const },
            { id: 'q3', text: 'Three', theme: 'trends' as const },
          ],
        },
      ],
    });
    const merged = mergeWorkbooks(b, local, remote).preps[0];
    expect(merged?.checklist.pitch).toBe(true);
    expect(merged?.questions.map((q) => `${q.id}:${q.text}`)).toEqual(['q1:One, edited', 'q2:Two', 'q3:Three']);
  });
});

describe('mergeWorkbooks: entities', () => {
  it('keeps contacts created on either side: local order, then remote-only ones in remote order', () => {
    const local = book([...base.contacts, contact('l1'), contact('l2')]);
    const remote = book([contact('r1'), ...base.contacts, contact('r2')]);
    expect(mergeWorkbooks(base, local, remote).contacts.map((c) => c.id)).toEqual([
      'a',
      'b',
      'c',
      'l1',
      'l2',
      'r1',
      'r2',
    ]);
  });

  it('deletes a contact deleted on one side and unchanged on the other', () => {
    const without = (id: string) => book(base.contacts.filter((c) => c.id !== id));
    expect(mergeWorkbooks(base, without('a'), base).contacts.map((c) => c.id)).toEqual(['b', 'c']);
    expect(mergeWorkbooks(base, base, without('b')).contacts.map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('keeps a contact deleted on one side but edited on the other, with the edit', () => {
    const deleted = book(base.contacts.filter((c) => c.id !== 'a'));
    const edited = edit(base, 'a', { notes: 'still needed' });
    expect(mergeWorkbooks(base, edited, deleted).contacts.find((c) => c.id === 'a')?.notes).toBe('still needed');
    expect(mergeWorkbooks(base, deleted, edited).contacts.find((c) => c.id === 'a')?.notes).toBe('still needed');
  });

  it('deletes nothing when the ancestor is only a guess (keepDeleted), and still takes changes from both sides', () => {
    const local = edit(book(base.contacts.filter((c) => c.id !== 'a')), 'b', { notes: 'L' });
    const remote = { ...book(base.contacts.filter((c) => c.id !== 'c')), goals: { ...base.goals, questions: 'R' } };
    const merged = mergeWorkbooks(base, local, remote, true);
    expect(merged.contacts.map((c) => [c.id, c.notes])).toEqual([
      ['b', 'L'],
      ['c', ''],
      ['a', ''],
    ]);
    expect(merged.goals.questions).toBe('R');
    expect(mergeWorkbooks(base, base, remote, true).contacts.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('follows the local order when the sides ordered things differently', () => {
    const local = book([...base.contacts].reverse());
    const remote = edit(base, 'b', { org: 'x' });
    const merged = mergeWorkbooks(base, local, remote);
    expect(merged.contacts.map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(merged.contacts[1]?.org).toBe('x');
  });

  it('does not change its inputs', () => {
    const b = deepFreeze(structuredClone(base));
    const local = deepFreeze(edit(structuredClone(base), 'a', { notes: 'L' }));
    const remote = deepFreeze({ ...edit(structuredClone(base), 'b', { notes: 'R' }), plans: [] });
    const copies = structuredClone([b, local, remote]);
    mergeWorkbooks(b, local, remote);
    expect([b, local, remote]).toEqual(copies);
  });

  it('never copies __proto__ keys onto the result', () => {
    const hostile = JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    const local = { ...edit(base, 'a', { notes: 'L' }), ...hostile } as Workbook;
    const merged = mergeWorkbooks(base, local, edit(base, 'b', { notes: 'R' }));
    expect(Object.hasOwn(merged, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mergeWorkbooks: properties', () => {
  it('merge(b, x, b) = x, merge(b, b, y) = y and merge(x, x, x) = x', () => {
    fc.assert(
      fc.property(workbookArb, workbookArb, (b, x) => {
        expect(mergeWorkbooks(b, x, b)).toEqual(x);
        expect(mergeWorkbooks(b, b, x)).toEqual(x);
        expect(mergeWorkbooks(x, x, x)).toEqual(x);
      }),
    );
  });

  it('always gives a valid workbook, even from unrelated documents', () => {
    fc.assert(
      fc.property(workbookArb, workbookArb, workbookArb, (b, l, r) => {
        expect(WorkbookSchema.safeParse(mergeWorkbooks(b, l, r)).success).toBe(true);
      }),
    );
  });

  it('keeps both sides’ edits, additions and deletions of different contacts', () => {
    const change = fc.constantFrom('none', 'local-edit', 'remote-edit', 'local-delete', 'remote-delete');
    const scenario = workbookArb.chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        changes: fc.array(fc.tuple(change, contactArb), {
          minLength: doc.contacts.length,
          maxLength: doc.contacts.length,
        }),
        added: fc.tuple(fc.array(contactArb, { maxLength: 2 }), fc.array(contactArb, { maxLength: 2 })),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ doc, changes, added: [localNew, remoteNew] }) => {
        const taken = new Set(doc.contacts.map((c) => c.id));
        const fresh = (list: Contact[], side: string) =>
          list.map((c, i) => ({ ...c, id: `${side}-new-${i}` })).filter((c) => !taken.has(c.id));
        const localAdded = fresh(localNew, 'l');
        const remoteAdded = fresh(remoteNew, 'r');
        const sideView = (side: 'local' | 'remote') =>
          doc.contacts.flatMap((c, i) => {
            const [what, replacement] = changes[i] ?? ['none', c];
            if (what === `${side}-delete`) return [];
            if (what === `${side}-edit`) return [{ ...replacement, id: c.id }];
            return [c];
          });
        const local = { ...doc, contacts: [...sideView('local'), ...localAdded] };
        const remote = { ...doc, contacts: [...sideView('remote'), ...remoteAdded] };
        const expected = [
          ...doc.contacts.flatMap((c, i) => {
            const [what, replacement] = changes[i] ?? ['none', c];
            if (what.endsWith('delete')) return [];
            return what.endsWith('edit') ? [{ ...replacement, id: c.id }] : [c];
          }),
          ...localAdded,
          ...remoteAdded,
        ];
        expect(mergeWorkbooks(doc, local, remote).contacts).toEqual(expected);
      }),
    );
  });

  it('keeps both sides’ edits to different fields of the same contact and of the goals', () => {
    const contactFields = fc.constantFrom('notes', 'org', 'howKnown', 'email') as fc.Arbitrary<
      'notes' | 'org' | 'howKnown' | 'email'
    >;
    const goalFields = fc.constantFrom('fields', 'organizations', 'questions') as fc.Arbitrary<
      'fields' | 'organizations' | 'questions'
    >;
    fc.assert(
      fc.property(
        workbookArb,
        fc.nat(),
        fc.uniqueArray(contactFields, { minLength: 2, maxLength: 2 }),
        fc.uniqueArray(goalFields, { minLength: 2, maxLength: 2 }),
        (doc, pick, [lf, rf], [lg, rg]) => {
          fc.pre(
            doc.contacts.length > 0 && lf !== undefined && rf !== undefined && lg !== undefined && rg !== undefined,
          );
          const id = doc.contacts[pick % doc.contacts.length]?.id ?? '';
          const local = { ...edit(doc, id, { [lf]: 'LOCAL EDIT' }), goals: { ...doc.goals, [lg]: 'LOCAL GOAL' } };
          const remote = { ...edit(doc, id, { [rf]: 'REMOTE EDIT' }), goals: { ...doc.goals, [rg]: 'REMOTE GOAL' } };
          const merged = mergeWorkbooks(doc, local, remote);
          const mergedContact = merged.contacts.find((c) => c.id === id);
          expect(mergedContact?.[lf]).toBe('LOCAL EDIT');
          expect(mergedContact?.[rf]).toBe('REMOTE EDIT');
          expect(merged.goals[lg]).toBe('LOCAL GOAL');
          expect(merged.goals[rg]).toBe('REMOTE GOAL');
        },
      ),
    );
  });
});

describe('mergeWorkbooks: the last worksheet touched', () => {
  const touched = (worksheet: string, contactId: string, at: string): Partial<Workbook> => ({
    lastTouched: { worksheet, contactId, at },
  });
  const start = book([contact('a'), contact('b')], touched('outreach', 'a', '2025-03-01T12:00:00.000Z'));

  it('comes whole from the tab that touched a worksheet later, never a mix of both tabs', () => {
    // This tab moved to another person on the same worksheet; the other tab, later, to the thank-you.
    const local = { ...start, ...touched('outreach', 'b', '2025-03-01T12:01:00.000Z') };
    const remote = { ...start, ...touched('thank-you', 'a', '2025-03-01T12:02:00.000Z') };
    expect(mergeWorkbooks(start, local, remote).lastTouched).toEqual(remote.lastTouched);
    expect(mergeWorkbooks(start, remote, local).lastTouched).toEqual(remote.lastTouched);
  });

  it('takes the one side’s touch when only that side touched a worksheet', () => {
    const local = {
      ...edit(start, 'b', { notes: 'typed here' }),
      ...touched('network-map', '', '2025-03-01T11:00:00.000Z'),
    };
    const remote = edit(start, 'a', { org: 'from the other tab' });
    expect(mergeWorkbooks(start, local, remote).lastTouched).toEqual(local.lastTouched);
    expect(mergeWorkbooks(start, remote, local).lastTouched).toEqual(local.lastTouched);
  });

  it('keeps the newer touch whichever side saved first, also against a guessed ancestor', () => {
    fc.assert(
      fc.property(workbookArb, workbookArb, workbookArb, fc.boolean(), (b, l, r, guessed) => {
        const { lastTouched: mine } = l;
        const { lastTouched: theirs } = r;
        fc.pre(!deepEqualTouch(mine, b.lastTouched) && !deepEqualTouch(theirs, b.lastTouched));
        const merged = mergeWorkbooks(b, l, r, guessed).lastTouched;
        // Whole, from one side: never one side's worksheet with the other side's person.
        expect([mine, theirs]).toContainEqual(merged);
        if (Date.parse(theirs.at) > Date.parse(mine.at)) expect(merged).toEqual(theirs);
        if (Date.parse(mine.at) > Date.parse(theirs.at)) expect(merged).toEqual(mine);
      }),
    );
  });
});

/** True when two records of the last worksheet touched hold the same. */
function deepEqualTouch(a: Workbook['lastTouched'], b: Workbook['lastTouched']): boolean {
  return a.worksheet === b.worksheet && a.contactId === b.contactId && a.at === b.at;
}

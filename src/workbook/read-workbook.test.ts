import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADDED_FIELD_DEFAULTS, ADDED_GOAL_DEFAULTS } from './fixtures/added-fields';
import { readWorkbook } from './read-workbook';
import { emptyProfile, emptyWorkbook, WorkbookSchema } from './schema';
import { workbookArb } from './test-arbitraries';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const FIXTURE = readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8');
type Loose = Record<string, unknown> & {
  contacts: Array<Record<string, unknown>>;
  preps: Array<{ questions: unknown[] }>;
};
const fixture = () => JSON.parse(FIXTURE) as Loose;
const read = (value: unknown) => readWorkbook(JSON.stringify(value), NOW);

describe('readWorkbook: whole documents', () => {
  it("gives 'empty' and a new workbook when nothing is stored", () => {
    expect(readWorkbook(null, NOW)).toEqual({ status: 'empty', doc: emptyWorkbook(NOW), problems: [] });
  });

  it("gives 'ok' and the same data for a valid document", () => {
    const result = readWorkbook(FIXTURE, NOW);
    expect(result.status).toBe('ok');
    // Saved before the parts added since (fixtures/added-fields.ts): it gets their empty values, and
    // nothing else changes.
    expect(result.doc).toEqual({
      ...JSON.parse(FIXTURE),
      ...ADDED_FIELD_DEFAULTS,
      goals: { ...JSON.parse(FIXTURE).goals, ...ADDED_GOAL_DEFAULTS },
    });
    expect(result.problems).toEqual([]);
  });

  it("fills a sparse document in and still calls it 'ok'", () => {
    const result = read({ schemaVersion: 1, contacts: [{ id: 'c1', name: 'Ana' }] });
    expect(result.status).toBe('ok');
    expect(result.doc.circles).toHaveLength(5);
    expect(result.doc.contacts[0]).toMatchObject({ name: 'Ana', status: 'not-contacted' });
  });

  it("gives 'corrupt' with an empty workbook and a plain reason for text that is not JSON", () => {
    for (const raw of ['', '{', 'undefined', '{"schemaVersion":1,}']) {
      const result = readWorkbook(raw, NOW);
      expect(result.status).toBe('corrupt');
      expect(result.doc).toEqual(emptyWorkbook(NOW));
      expect(result.problems[0]).toMatch(/could not be read/);
    }
  });

  it("gives 'corrupt' for JSON that is not an object", () => {
    for (const raw of ['null', '[]', '42', '"workbook"', 'true']) expect(readWorkbook(raw, NOW).status).toBe('corrupt');
  });

  it("gives 'corrupt' when nothing in the object is usable", () => {
    expect(read({ schemaVersion: 1, contacts: [1, 'x', { name: 'no id' }] }).status).toBe('corrupt');
    expect(read({ hello: 'world' }).status).toBe('corrupt');
    expect(read({ schemaVersion: 1, goals: 'x', pitches: {} }).status).toBe('corrupt');
  });

  it("gives 'newer' for a higher version, keeping what it can show", () => {
    const doc = { ...fixture(), schemaVersion: 2, somethingNew: { x: 1 } };
    const result = read(doc);
    expect(result.status).toBe('newer');
    expect(result.doc.contacts.map((c) => c.name)).toContain('Maria Okafor');
    expect(result.problems[0]).toMatch(/newer version/);
    const unreadable = read({ schemaVersion: 99, contacts: 'new format' });
    expect(unreadable).toMatchObject({ status: 'newer', doc: emptyWorkbook(NOW) });
  });
});

describe('readWorkbook: salvage', () => {
  it('leaves out broken contacts, keeps the rest, and says how many in plain words', () => {
    const doc = fixture();
    doc.contacts.push({ id: 'broken one', name: 'X' }, { name: 'no id' });
    const result = read(doc);
    expect(result.status).toBe('partial');
    expect(result.problems).toEqual(['2 contacts could not be read and were left out.']);
    expect(result.doc.contacts).toHaveLength(4);
    expect(result.doc.pitches).toEqual(fixture().pitches);
    expect(result.doc.goals).toEqual({ ...(fixture().goals as object), ...ADDED_GOAL_DEFAULTS });
  });

  it('uses the singular for one item', () => {
    const result = read({ schemaVersion: 1, contacts: [{ id: 'c1', name: 'A' }], pitches: [{ id: 7 }] });
    expect(result.problems).toEqual(['1 pitch version could not be read and was left out.']);
  });

  it('keeps a contact whose one field is broken, resetting only that field', () => {
    const doc = fixture();
    doc.contacts[0] = { ...doc.contacts[0], status: 'ghosted', relevance: 9 };
    const result = read(doc);
    expect(result.status).toBe('partial');
    expect(result.problems).toEqual(['1 contact had details that could not be read; those details were cleared.']);
    const maria = result.doc.contacts[0];
    expect(maria).toMatchObject({ name: 'Maria Okafor', status: 'not-contacted', relevance: 0, motivation: 3 });
    expect(maria?.notes).toContain('state environmental agency');
  });

  it('keeps the good questions of a preparation when one question is broken', () => {
    const doc = fixture();
    doc.preps[0]?.questions.push({ id: 'q-bad', theme: 'gossip', text: 42 }, 'not a question');
    const result = read(doc);
    expect(result.status).toBe('partial');
    expect(result.doc.preps[0]?.questions.map((q) => q.id)).toEqual(['q_l1k2j3h4g5f6ds', 'q_p0o9i8u7y6t5re', 'q-bad']);
    expect(result.doc.preps[0]?.questions[2]).toEqual({ id: 'q-bad', text: '', theme: 'own' });
    expect(result.problems).toEqual([
      '1 interview preparation had details that could not be read; those details were cleared.',
    ]);
  });

  it('leaves out a whole list that is not a list, and keeps the others', () => {
    const result = read({ ...fixture(), outreach: 'oops' });
    expect(result.status).toBe('partial');
    expect(result.problems).toEqual(['Your outreach drafts could not be read and were left out.']);
    expect(result.doc.outreach).toEqual([]);
    expect(result.doc.contacts).toHaveLength(4);
  });

  it('keeps the first of two items with the same id', () => {
    const doc = fixture();
    doc.contacts.push({ ...doc.contacts[0], name: 'Copy' });
    const result = read(doc);
    expect(result.doc.contacts.filter((c) => c.id === 'c_8d1f0k3m2p9qra').map((c) => c.name)).toEqual(['Maria Okafor']);
    expect(result.problems).toEqual(['1 contact appeared twice; the extra copy was left out.']);
  });

  it('keeps the valid parts of the goals', () => {
    const result = read({ ...fixture(), goals: { wants: ['field', 'fame'], fields: 'Water', organizations: 5 } });
    expect(result.doc.goals).toEqual({
      wants: ['field'],
      fields: 'Water',
      organizations: '',
      questions: '',
      ...ADDED_GOAL_DEFAULTS,
    });
    expect(result.problems).toEqual(['Some of your goals could not be read and were cleared.']);
  });

  // About you (issue 13, item 8): data loss if a damaged list cost the student their profile.
  const PROFILE = {
    ...emptyProfile(),
    firstName: 'Ana',
    lastName: 'Souza',
    school: 'Riverside College',
    greeting: 'Dear',
  };

  it('keeps "About you" when another part of the workbook is damaged', () => {
    const doc = { ...fixture(), profile: PROFILE };
    doc.contacts.push({ name: 'no id' });
    const result = read(doc);
    expect(result.status).toBe('partial');
    expect(result.doc.profile).toEqual(PROFILE);
    expect(result.problems).toEqual(['1 contact could not be read and was left out.']);
  });

  it('keeps the valid parts of "About you" and says so', () => {
    const result = read({ ...fixture(), profile: { ...PROFILE, school: 42, lastName: 'x'.repeat(201) } });
    expect(result.status).toBe('partial');
    expect(result.doc.profile).toEqual({ ...PROFILE, school: '', lastName: '' });
    expect(result.problems).toEqual(['Some of your details in “About you” could not be read and were cleared.']);
  });

  it('keeps "About you" from a newer version of the site', () => {
    const result = read({ ...fixture(), schemaVersion: 2, profile: PROFILE });
    expect(result.status).toBe('newer');
    expect(result.doc.profile).toEqual(PROFILE);
  });

  it('reads a document without a version number as the current version and says so', () => {
    const { schemaVersion: _, ...rest } = fixture();
    const result = read(rest);
    expect(result.status).toBe('partial');
    expect(result.doc.contacts).toHaveLength(4);
    expect(result.problems[0]).toMatch(/no version number/);
  });

  it('resets an unreadable time of the last change', () => {
    const result = read({ ...fixture(), updatedAt: 'last Tuesday' });
    expect(result.status).toBe('partial');
    expect(result.doc.updatedAt).toBe('');
  });

  it('keeps every other contact when one random contact is damaged (property)', () => {
    fc.assert(
      fc.property(workbookArb, fc.nat(), fc.constantFrom(null, 5, { id: '' }, { name: 'x' }), (doc, pick, damage) => {
        fc.pre(doc.contacts.length > 1);
        const index = pick % doc.contacts.length;
        const damaged = { ...doc, contacts: doc.contacts.map((c, i) => (i === index ? damage : c)) };
        const result = read(damaged);
        expect(result.status).toBe('partial');
        expect(result.doc.contacts).toEqual(doc.contacts.filter((_, i) => i !== index));
        expect(result.doc.places).toEqual(doc.places);
      }),
    );
  });
});

describe('readWorkbook: safety', () => {
  it('never copies __proto__, constructor or prototype keys and never pollutes prototypes', () => {
    const hostile =
      '{"schemaVersion":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
      '"contacts":[{"id":"c1","name":"A","__proto__":{"polluted":3},"prototype":{"polluted":4}}],' +
      '"goals":{"__proto__":{"polluted":5},"wants":["field"]},"pitches":[{"__proto__":{"id":"p"}}]}';
    const result = readWorkbook(hostile, NOW);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.doc)).toBe(Object.prototype);
    expect(Object.hasOwn(result.doc, '__proto__')).toBe(false);
    expect(Object.hasOwn(result.doc, 'constructor')).toBe(false);
    const contact = result.doc.contacts[0];
    expect(contact && Object.keys(contact)).not.toContain('__proto__');
    expect(contact && Object.keys(contact)).not.toContain('prototype');
    expect(result.doc.goals.wants).toEqual(['field']);
    expect(result.doc.pitches).toEqual([]);
  });

  it('gives back any valid workbook unchanged (property)', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        expect(readWorkbook(JSON.stringify(doc), NOW)).toEqual({ status: 'ok', doc, problems: [] });
      }),
    );
  });

  it('never throws and always returns a valid workbook, whatever is stored (property)', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything().map((value) => JSON.stringify({ schemaVersion: 1, contacts: [value], goals: value }) ?? ''),
      fc
        .record({ schemaVersion: fc.oneof(fc.integer(), fc.string()), contacts: fc.anything() })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(texts, (raw) => {
        const result = readWorkbook(raw, NOW);
        expect(['ok', 'partial', 'corrupt', 'newer']).toContain(result.status);
        expect(WorkbookSchema.safeParse(result.doc).success).toBe(true);
        if (result.status !== 'ok') expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });
});

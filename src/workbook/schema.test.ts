import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LeftOut, salvage } from './salvage';
import {
  ContactSchema,
  CURRENT_SCHEMA_VERSION,
  emptyWorkbook,
  MAX_NAME,
  MAX_TEXT,
  PrepSchema,
  STORAGE_PREFIX,
  WorkbookSchema,
} from './schema';
import { workbookArb } from './test-arbitraries';

const NOW = new Date('2025-03-01T12:00:00.000Z');

describe('constants', () => {
  it('has the agreed values', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    expect(STORAGE_PREFIX).toBe('networking-guide');
    expect([MAX_TEXT, MAX_NAME]).toEqual([10_000, 200]);
  });
});

describe('emptyWorkbook', () => {
  it('is valid, stamped with the time, and has the five default circles of the step 1 page', () => {
    const doc = emptyWorkbook(NOW);
    expect(WorkbookSchema.parse(doc)).toEqual(doc);
    expect(doc.updatedAt).toBe('2025-03-01T12:00:00.000Z');
    expect(doc.circles.map((c) => [c.id, c.name, c.builtIn])).toEqual([
      ['work', 'Work and internships', true],
      ['family', 'Family and friends', true],
      ['activities', 'Activities and hobbies', true],
      ['school', 'School', true],
      ['community', 'Community', true],
    ]);
  });

  it('returns fresh objects each time', () => {
    const a = emptyWorkbook(NOW);
    const b = emptyWorkbook(NOW);
    expect(a.circles).not.toBe(b.circles);
    expect(a.goals).not.toBe(b.goals);
  });
});

describe('defaults', () => {
  it('fills in a sparse document', () => {
    const doc = WorkbookSchema.parse({ schemaVersion: 1 });
    expect(doc).toEqual({ ...emptyWorkbook(NOW), updatedAt: '' });
  });

  it('fills in a sparse contact', () => {
    const contact = ContactSchema.parse({ id: 'c1', name: 'Ana' });
    expect(contact).toMatchObject({ status: 'not-contacted', relevance: 0, topFive: false, circleId: '', metAt: '' });
  });

  it('fills in a sparse checklist inside a preparation', () => {
    const prep = PrepSchema.parse({ id: 'p1', checklist: { pitch: true } });
    expect(prep.checklist).toEqual({ person: false, organization: false, field: false, pitch: true, logistics: false });
  });
});

describe('the weekly routine (step 7)', () => {
  it('is empty in a workbook saved before it existed, which keeps everything else', () => {
    const old = {
      ...emptyWorkbook(NOW),
      goals: { wants: ['skill'], fields: 'Water', organizations: '', questions: '' },
    };
    const { routine: _, ...saved } = old;
    const doc = WorkbookSchema.parse(saved);
    expect(doc.routine).toEqual({ day: '', time: '', minutes: 0, goal: 0 });
    expect(doc.goals.fields).toBe('Water');
  });

  it('accepts a day, an HH:MM time and whole minutes and goals in range, nothing else', () => {
    const ok = { day: 'SU', time: '18:30', minutes: 45, goal: 2 };
    const parse = (routine: unknown) => WorkbookSchema.safeParse({ schemaVersion: 1, routine }).success;
    expect(parse(ok)).toBe(true);
    for (const bad of [
      { day: 'Sunday' },
      { time: '6pm' },
      { time: '24:00' },
      { minutes: 30.5 },
      { minutes: -1 },
      { minutes: 481 },
      { goal: 51 },
      { goal: '2' },
    ]) {
      expect(parse({ ...ok, ...bad }), JSON.stringify(bad)).toBe(false);
    }
  });

  it('loses only the broken part of a routine: the rest of it and of the workbook is kept', () => {
    const raw = { ...emptyWorkbook(NOW), routine: { day: 'Funday', time: '18:00', minutes: 45, goal: 2 } };
    const leftOut: LeftOut[] = [];
    const result = salvage(WorkbookSchema, raw, leftOut);
    expect(result.ok && result.value.routine).toEqual({ day: '', time: '18:00', minutes: 45, goal: 2 });
    expect(leftOut.map((part) => part.path)).toEqual([['routine', 'day']]);
  });
});

describe('validation', () => {
  const contact = (fields: Record<string, unknown>) =>
    ContactSchema.safeParse({ id: 'c1', name: 'Ana', ...fields }).success;

  it('needs a name with something other than spaces, at most MAX_NAME long', () => {
    expect(contact({ name: '   ' })).toBe(false);
    expect(contact({ name: 'x'.repeat(MAX_NAME) })).toBe(true);
    expect(contact({ name: 'x'.repeat(MAX_NAME + 1) })).toBe(false);
  });

  it('limits long text to MAX_TEXT', () => {
    expect(contact({ notes: 'x'.repeat(MAX_TEXT) })).toBe(true);
    expect(contact({ notes: 'x'.repeat(MAX_TEXT + 1) })).toBe(false);
  });

  it('accepts only known statuses and ratings 0 to 3', () => {
    expect(contact({ status: 'keeping-in-touch' })).toBe(true);
    expect(contact({ status: 'ghosted' })).toBe(false);
    expect(contact({ relevance: 3 })).toBe(true);
    expect(contact({ relevance: 4 })).toBe(false);
    expect(contact({ motivation: 1.5 })).toBe(false);
  });

  it("accepts 'YYYY-MM-DD' dates or '' only", () => {
    expect(contact({ metAt: '2025-02-28' })).toBe(true);
    expect(contact({ metAt: '' })).toBe(true);
    for (const bad of ['2025-2-28', '2025-13-01', '2025-02-32', '28/02/2025', '2025-02-28T10:00']) {
      expect(contact({ metAt: bad })).toBe(false);
    }
  });

  it("accepts ISO timestamps or '' only", () => {
    expect(contact({ createdAt: '2025-02-28T10:00:00.000Z' })).toBe(true);
    expect(contact({ createdAt: 'yesterday' })).toBe(false);
  });

  it('rejects ids with spaces or markup, and references that are not ids', () => {
    expect(ContactSchema.safeParse({ id: 'a b', name: 'Ana' }).success).toBe(false);
    expect(ContactSchema.safeParse({ id: '<b>', name: 'Ana' }).success).toBe(false);
    expect(contact({ referredBy: 'not an id' })).toBe(false);
  });

  it('rejects two entities with the same id in one list', () => {
    const twice = {
      schemaVersion: 1,
      contacts: [
        { id: 'c1', name: 'A' },
        { id: 'c1', name: 'B' },
      ],
    };
    expect(WorkbookSchema.safeParse(twice).success).toBe(false);
    const questions = { id: 'p', questions: [{ id: 'q' }, { id: 'q' }] };
    expect(PrepSchema.safeParse(questions).success).toBe(false);
  });

  it('drops unknown keys, including __proto__ and constructor', () => {
    const parsed = ContactSchema.parse(
      JSON.parse('{"id":"c1","name":"A","__proto__":{"x":1},"constructor":"y","extra":2}'),
    );
    expect(Object.keys(parsed)).not.toContain('__proto__');
    expect(Object.keys(parsed)).not.toContain('constructor');
    expect(Object.keys(parsed)).not.toContain('extra');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('accepts every generated workbook exactly as it is (the test arbitraries are valid)', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        expect(WorkbookSchema.parse(doc)).toEqual(doc);
      }),
    );
  });
});

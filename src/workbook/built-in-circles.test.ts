import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByCircle, removeCircle } from '../worksheets/network-map/circles';
import { BUILT_IN_CIRCLES, defaultCircles, giveBuiltInCircles } from './built-in-circles';
import { mergeWorkbooks } from './merge';
import { readWorkbook } from './read-workbook';
import { blankContact, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';
import { workbookArb } from './test-arbitraries';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const FIRST_THREE = [
  { id: 'work', name: 'Work and internships', builtIn: true },
  { id: 'family', name: 'Family and friends', builtIn: true },
  { id: 'activities', name: 'Activities and hobbies', builtIn: true },
];

/** A workbook as the site saved it before school and community were built in: three circles, one of the student's own, people in each. */
function olderWorkbook(): Workbook {
  const doc: Workbook = {
    ...emptyWorkbook(NOW),
    circles: [...FIRST_THREE, { id: 'c_vol', name: 'Volunteering', builtIn: false }],
    contacts: [
      { ...blankContact('p_ana', 'Ana Ruiz'), circleId: 'work' },
      { ...blankContact('p_ben', 'Ben Okafor'), circleId: 'family' },
      { ...blankContact('p_cy', 'Cy Lee'), circleId: 'c_vol' },
      { ...blankContact('p_dee', 'Dee Park'), circleId: '' },
      { ...blankContact('p_eli', 'Eli Stone'), circleId: 'c_gone' },
    ],
  };
  // Saved before the list of removed circles existed (and trusted by its checksum, so not parsed).
  const { circlesRemoved: _, ...older } = doc;
  return older as Workbook;
}

/** Each person's circle by name ('' for none), as the network map groups them. */
function circleOfEach(doc: Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of groupByCircle(doc)) for (const p of group.people) out[p.name] = group.id ? group.name : '';
  return out;
}

describe('the built-in circles', () => {
  it('are the five circles of the step 1 page, in its order, in every new workbook', () => {
    expect(BUILT_IN_CIRCLES.map((c) => c.name)).toEqual([
      'Work and internships',
      'Family and friends',
      'Activities and hobbies',
      'School',
      'Community',
    ]);
    expect(emptyWorkbook(NOW).circles).toEqual(defaultCircles());
    expect(defaultCircles().every((c) => c.builtIn)).toBe(true);
  });

  it('the step 1 page draws its table from the same list (no copy of the names in the page)', () => {
    const page = readFileSync(new URL('../../content/steps/identify-your-networks.mdx', import.meta.url), 'utf8');
    expect(page).toContain('<CircleTable />');
    expect(page).not.toMatch(/^\|\s*Work and internships/m);
  });
});

describe('giveBuiltInCircles', () => {
  it('adds school and community to an older workbook and keeps every circle and person as they were', () => {
    const old = olderWorkbook();
    const given = giveBuiltInCircles(old);
    expect(given.circles.map((c) => c.name)).toEqual([
      'Work and internships',
      'Family and friends',
      'Activities and hobbies',
      'Volunteering',
      'School',
      'Community',
    ]);
    expect(given.circles.slice(0, 4)).toEqual(old.circles);
    expect(given.contacts).toBe(old.contacts);
    expect(circleOfEach(given)).toEqual(circleOfEach(old));
    expect(circleOfEach(given)).toEqual({
      'Ana Ruiz': 'Work and internships',
      'Ben Okafor': 'Family and friends',
      'Cy Lee': 'Volunteering',
      'Dee Park': '',
      'Eli Stone': '',
    });
    expect(WorkbookSchema.safeParse(given).success).toBe(true);
  });

  it('does nothing the second time, nor to a new workbook', () => {
    const once = giveBuiltInCircles(olderWorkbook());
    expect(giveBuiltInCircles(once)).toBe(once);
    const fresh = emptyWorkbook(NOW);
    expect(giveBuiltInCircles(fresh)).toBe(fresh);
  });

  it('never brings back a built-in circle the student removed; its people stay where removing put them', () => {
    let doc = giveBuiltInCircles(olderWorkbook());
    doc = { ...doc, contacts: [...doc.contacts, { ...blankContact('p_fay', 'Fay Ng'), circleId: 'school' }] };
    doc = removeCircle(doc, 'school');
    expect(doc.circlesRemoved).toEqual(['school']);
    const again = giveBuiltInCircles(doc);
    expect(again).toBe(doc);
    expect(again.circles.some((c) => c.id === 'school')).toBe(false);
    expect(circleOfEach(again)['Fay Ng']).toBe('');
  });

  it('does not bring back one of the first three circles removed before the list of removed circles existed', () => {
    const old = olderWorkbook();
    const withoutActivities = { ...old, circles: old.circles.filter((c) => c.id !== 'activities') };
    expect(giveBuiltInCircles(withoutActivities).circles.map((c) => c.id)).toEqual([
      'work',
      'family',
      'c_vol',
      'school',
      'community',
    ]);
  });

  it("leaves a student's own circle with the same name alone, with its people", () => {
    const old = olderWorkbook();
    const own = {
      ...old,
      circles: [...old.circles, { id: 'c_uni', name: ' school ', builtIn: false }],
      contacts: [...old.contacts, { ...blankContact('p_gus', 'Gus Roy'), circleId: 'c_uni' }],
    };
    const given = giveBuiltInCircles(own);
    expect(given.circles.map((c) => c.id)).toEqual([...own.circles.map((c) => c.id), 'community']);
    expect(circleOfEach(given)['Gus Roy']).toBe(' school ');
  });

  it('keeps every circle and person of any valid workbook, and the result is valid', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        const given = giveBuiltInCircles(doc);
        // No person changes: same list, so every circleId stays as it was.
        expect(given.contacts).toBe(doc.contacts);
        expect(given.circles.slice(0, doc.circles.length)).toEqual(doc.circles);
        // Everyone in a circle stays in that circle (ids from the generator can point to no circle at all).
        const known = new Set(doc.circles.map((c) => c.id));
        const placed = (d: Workbook) => ({ ...d, contacts: d.contacts.filter((c) => known.has(c.circleId)) });
        expect(circleOfEach(placed(given))).toEqual(circleOfEach(placed(doc)));
        expect(WorkbookSchema.safeParse(given).success).toBe(true);
      }),
    );
  });

  it('keeps what the student typed in another tab at the same time, in both directions of the merge', () => {
    const base = olderWorkbook();
    const given = giveBuiltInCircles(base);
    // The other tab (an older copy of the site) added a person and a circle of the student's own meanwhile.
    const elsewhere: Workbook = {
      ...base,
      circles: [...base.circles, { id: 'c_choir', name: 'Choir', builtIn: false }],
      contacts: [...base.contacts, { ...blankContact('p_hal', 'Hal Kim'), circleId: 'c_choir' }],
    };
    for (const merged of [mergeWorkbooks(base, given, elsewhere), mergeWorkbooks(base, elsewhere, given)]) {
      expect(merged.circles.map((c) => c.id).sort()).toEqual(
        ['work', 'family', 'activities', 'c_vol', 'school', 'community', 'c_choir'].sort(),
      );
      expect(merged.contacts.map((c) => c.id)).toEqual([...base.contacts.map((c) => c.id), 'p_hal']);
      expect(circleOfEach(merged)).toEqual({ ...circleOfEach(base), 'Hal Kim': 'Choir' });
    }
  });

  it('gives the stored version 1 fixture its missing circles without touching its people', () => {
    const raw = readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8');
    const read = readWorkbook(raw, NOW);
    expect(read.status).toBe('ok');
    const given = giveBuiltInCircles(read.doc);
    expect(given.circles.map((c) => c.name)).toEqual([
      'Work and internships',
      'Family and friends',
      'Activities and hobbies',
      'Biology department',
      'School',
      'Community',
    ]);
    expect(given.contacts).toEqual(read.doc.contacts);
    expect(circleOfEach(given)).toEqual(circleOfEach(read.doc));
  });
});

import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { blankContact, type Contact } from '../../workbook/model';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import { addCircle, renameCircle } from './circle-changes';
import { drawSame, groupByCircle, removeCircle, totals } from './circles';

const now = new Date('2026-11-25T10:00:00Z');
function withPeople(): Workbook {
  let doc = emptyWorkbook(now);
  for (const [name, circleId] of [
    ['Amara', 'work'],
    ['Bo', 'family'],
    ['Chen', 'family'],
  ] as const) {
    const r = addContact(doc, { name, circleId }, now);
    if (!r.ok) throw new Error(r.error);
    doc = r.doc;
  }
  return doc;
}

describe('circles', () => {
  it('adds a circle with a cleaned name and refuses empty or repeated names', () => {
    const doc = emptyWorkbook(now);
    const r = addCircle(doc, '  Choir   group ');
    expect(r.ok && r.doc.circles.at(-1)?.name).toBe('Choir group');
    expect(addCircle(doc, '   ')).toEqual({ ok: false, error: expect.stringContaining('Enter a name') });
    expect(addCircle(doc, 'family and FRIENDS')).toEqual({ ok: false, error: expect.stringContaining('already have') });
  });

  it('renames a built-in circle but not to a name in use', () => {
    const doc = emptyWorkbook(now);
    const r = renameCircle(doc, 'work', 'Jobs');
    expect(r.ok && r.doc.circles.find((c) => c.id === 'work')?.name).toBe('Jobs');
    expect(renameCircle(doc, 'work', 'Family and friends').ok).toBe(false);
    expect(renameCircle(doc, 'work', 'work and internships').ok).toBe(true);
  });

  it('removing a circle keeps its people, who move to "Not in a circle"', () => {
    const doc = removeCircle(withPeople(), 'family');
    expect(doc.contacts).toHaveLength(3);
    const groups = groupByCircle(doc);
    expect(groups.at(-1)).toMatchObject({ id: '', name: 'Not in a circle' });
    expect(groups.at(-1)?.people.map((p) => p.name)).toEqual(['Bo', 'Chen']);
  });

  it('counts people and the circles that have people', () => {
    expect(totals(withPeople())).toEqual({ people: 3, circlesWithPeople: 2 });
    const groups = groupByCircle(withPeople());
    expect(groups.map((g) => [g.id, g.people.length])).toEqual([
      ['work', 1],
      ['family', 2],
      ['activities', 0],
      ['school', 0],
      ['community', 0],
    ]);
  });
});

/** A person as the map draws them. */
const mapPerson = (name: string): Contact => blankContact(name, name);

describe('drawSame', () => {
  const ana = mapPerson('Ana Ruiz');
  const ben = mapPerson('Ben Carter');
  const groups = [{ name: 'Family', people: [ana, ben] }];

  it('is true when only what the map does not show changed (notes, organization)', () => {
    const typed = [{ name: 'Family', people: [{ ...ana, notes: 'Met at the fair.', org: 'Clinic' }, ben] }];
    expect(drawSame(groups, typed)).toBe(true);
  });

  it('is false when a name, a rating, a status, the order or a circle changed', () => {
    expect(drawSame(groups, [{ name: 'Family', people: [{ ...ana, name: 'Ana R.' }, ben] }])).toBe(false);
    expect(drawSame(groups, [{ name: 'Family', people: [{ ...ana, relevance: 3 }, ben] }])).toBe(false);
    expect(drawSame(groups, [{ name: 'Family', people: [{ ...ana, motivation: 3 }, ben] }])).toBe(false);
    expect(drawSame(groups, [{ name: 'Family', people: [{ ...ana, status: 'met' }, ben] }])).toBe(false);
    expect(drawSame(groups, [{ name: 'Family', people: [ben, ana] }])).toBe(false);
    expect(drawSame(groups, [{ name: 'Relatives', people: [ana, ben] }])).toBe(false);
    expect(drawSame(groups, [{ name: 'Family', people: [ana] }])).toBe(false);
    expect(drawSame(groups, [...groups, { name: 'Work', people: [] }])).toBe(false);
  });
});

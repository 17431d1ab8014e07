import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import { addCircle, groupByCircle, removeCircle, renameCircle, totals } from './circles';

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

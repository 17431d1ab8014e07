import { describe, expect, it } from 'vitest';
import { addContact, removeContact, updateContact } from '../../workbook/contacts';
import { buildSampleWorkbook } from '../../workbook/sample-workbook';
import { workbookChanges } from './workbook-changes';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const doc = buildSampleWorkbook(20, NOW);

describe('workbookChanges', () => {
  it('finds nothing between a workbook and itself', () => {
    expect(workbookChanges(doc, doc)).toEqual([]);
  });

  it('names only the part that changed when the goals change', () => {
    const next = { ...doc, goals: { ...doc.goals, fields: 'Museums' } };
    expect(workbookChanges(doc, next)).toEqual([{ key: 'goals' }]);
  });

  it('names the one person changed, by position, and the new time of the change', () => {
    const next = updateContact(doc, 'c7', { notes: 'New note' }, NOW);
    expect(workbookChanges(doc, next)).toEqual([{ key: 'contacts', items: [7] }]);
    const stamped = { ...next, updatedAt: '2026-03-02T10:00:00.000Z' };
    expect(workbookChanges(doc, stamped)).toEqual([{ key: 'updatedAt' }, { key: 'contacts', items: [7] }]);
  });

  it('names the whole list when a person is added or removed', () => {
    const added = addContact(doc, { name: 'Someone New' }, NOW);
    if (!added.ok) throw new Error(added.error);
    expect(workbookChanges(doc, added.doc)).toEqual([{ key: 'contacts' }]);
    expect(workbookChanges(doc, removeContact(doc, 'c3').doc)).toEqual([{ key: 'contacts' }]);
  });

  it('names the whole list when two people swap places', () => {
    const [first, second, ...rest] = doc.contacts;
    if (!first || !second) throw new Error('The sample has people.');
    expect(workbookChanges(doc, { ...doc, contacts: [second, first, ...rest] })).toEqual([{ key: 'contacts' }]);
  });

  it('names several changed items of several lists', () => {
    const step1 = updateContact(doc, 'c1', { topFive: true }, NOW);
    const step2 = updateContact(step1, 'c19', { status: 'met' }, NOW);
    const next = { ...step2, places: step2.places.map((p, i) => (i === 1 ? { ...p, notes: 'Later' } : p)) };
    expect(workbookChanges(doc, next)).toEqual([
      { key: 'contacts', items: [1, 19] },
      { key: 'places', items: [1] },
    ]);
  });
});

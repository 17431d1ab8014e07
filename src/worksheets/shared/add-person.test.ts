import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import type { Workbook } from '../../workbook/model';
import { emptyWorkbook } from '../../workbook/schema';
import { addPerson, settleEntry } from './add-person';
import type { Entry } from './entry';

const NOW = new Date('2026-03-01T10:00:00Z');

/** A change function over a workbook held here, as updateWorkbook does over the stored one. */
function holder(start: Workbook) {
  let doc = start;
  return {
    change: (recipe: (d: Workbook) => Workbook) => {
      doc = recipe(doc);
    },
    doc: () => doc,
  };
}

/** An entry field that records what it was told. */
function fakeEntry() {
  const refused: Array<[string, boolean]> = [];
  const entry = {
    refuse: (message: string, duplicate = false) => refused.push([message, duplicate]),
  } as unknown as Entry;
  return { entry, refused };
}

describe('addPerson', () => {
  it('adds the person in one change and returns their id', () => {
    const h = holder(emptyWorkbook(NOW));
    const outcome = addPerson((d) => addContact(d, { name: 'Sam Lee' }, NOW), h.change);
    expect(h.doc().contacts.map((c) => c.name)).toEqual(['Sam Lee']);
    expect(outcome).toEqual({ id: h.doc().contacts[0]?.id });
  });

  it('leaves the workbook as it was and says why for a name already on the list, marked as a duplicate', () => {
    const h = holder(emptyWorkbook(NOW));
    addPerson((d) => addContact(d, { name: 'Sam Lee' }, NOW), h.change);
    const before = h.doc();
    const outcome = addPerson((d) => addContact(d, { name: '  sam lee ' }, NOW), h.change);
    expect(h.doc()).toBe(before);
    expect(outcome).toEqual({ error: expect.stringContaining('Sam Lee is already on your list'), duplicate: true });
    // Added anyway, the second Sam Lee joins the list.
    expect('id' in addPerson((d) => addContact(d, { name: 'sam lee' }, NOW, true), h.change)).toBe(true);
    expect(h.doc().contacts).toHaveLength(2);
  });

  it('refuses an empty name without offering to add anyway', () => {
    const h = holder(emptyWorkbook(NOW));
    const outcome = addPerson((d) => addContact(d, { name: '   ' }, NOW), h.change);
    expect(outcome).toMatchObject({ duplicate: false });
    expect(h.doc().contacts).toEqual([]);
  });
});

describe('settleEntry', () => {
  it('returns the id of an added person and leaves the field alone', () => {
    const { entry, refused } = fakeEntry();
    expect(settleEntry(entry, { id: 'p1' })).toBe('p1');
    expect(refused).toEqual([]);
  });

  it('shows a refusal in the field, with "Add anyway" only for a duplicate', () => {
    const { entry, refused } = fakeEntry();
    expect(settleEntry(entry, { error: 'Enter a name.', duplicate: false })).toBeUndefined();
    expect(settleEntry(entry, { error: 'Sam Lee is already on your list.', duplicate: true })).toBeUndefined();
    expect(refused).toEqual([
      ['Enter a name.', false],
      ['Sam Lee is already on your list.', true],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { addContact, cleanName, removeContact, restoreContact, updateContact } from './contacts';
import { emptyWorkbook, type Workbook } from './schema';

const now = new Date('2026-11-25T10:00:00Z');
const later = new Date('2026-11-26T10:00:00Z');

function add(doc: Workbook, name: string, extra = {}): Workbook {
  const r = addContact(doc, { name, ...extra }, now);
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}

describe('addContact', () => {
  it('adds a person with defaults, a fresh id and timestamps', () => {
    const doc = add(emptyWorkbook(now), '  Ana   Souza ', { circleId: 'work' });
    expect(doc.contacts[0]).toMatchObject({
      name: 'Ana Souza',
      circleId: 'work',
      status: 'not-contacted',
      createdAt: now.toISOString(),
    });
    expect(doc.contacts[0]?.id).toMatch(/^p_/);
  });

  it('refuses an empty or whitespace-only name with a message', () => {
    for (const name of ['', '   ', '\n\t']) {
      const r = addContact(emptyWorkbook(now), { name }, now);
      expect(r).toEqual({ ok: false, error: 'Enter a name. Initials or a nickname are fine.' });
    }
  });

  it('refuses a name over 200 characters with a message', () => {
    const r = addContact(emptyWorkbook(now), { name: 'x'.repeat(201) }, now);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('at most 200');
  });

  it('flags a duplicate name (any case, extra spaces) unless the student adds anyway', () => {
    const doc = add(emptyWorkbook(now), 'Ana Souza');
    const r = addContact(doc, { name: 'ana  souza' }, now);
    expect(r).toEqual({
      ok: false,
      error: expect.stringContaining('Ana Souza is already on your list'),
      duplicate: true,
    });
    const anyway = addContact(doc, { name: 'ana  souza' }, now, true);
    expect(anyway.ok && anyway.doc.contacts).toHaveLength(2);
  });

  it('keeps names in any script, with emoji, quotes and commas', () => {
    const names = ['李小龍', 'Zoë "Z" O’Neil, PhD', 'محمد', '🙂 Sam'];
    let doc = emptyWorkbook(now);
    for (const n of names) doc = add(doc, n);
    expect(doc.contacts.map((c) => c.name)).toEqual(names);
  });
});

describe('updateContact', () => {
  it('changes only the given fields and stamps updatedAt', () => {
    const doc = add(emptyWorkbook(now), 'Ana');
    const id = doc.contacts[0]?.id ?? '';
    const next = updateContact(doc, id, { org: 'City library' }, later);
    expect(next.contacts[0]).toMatchObject({ name: 'Ana', org: 'City library', updatedAt: later.toISOString() });
    expect(updateContact(doc, 'nope', { org: 'x' }, later)).toBe(doc);
  });

  it('never stores a date the workbook cannot hold', () => {
    const doc = add(emptyWorkbook(now), 'Ana');
    const id = doc.contacts[0]?.id ?? '';
    expect(updateContact(doc, id, { metAt: '202612-03-15', org: 'City library' }, later)).toBe(doc);
    expect(updateContact(doc, id, { nextContactAt: '2026-02-30' }, later)).toBe(doc);
    const dated = updateContact(doc, id, { metAt: '2026-03-15' }, later);
    expect(dated.contacts[0]?.metAt).toBe('2026-03-15');
    expect(updateContact(dated, id, { metAt: '' }, later).contacts[0]?.metAt).toBe('');
  });
});

describe('removeContact and restoreContact', () => {
  it('removes the person and every "referred by" link to them; undo puts all back', () => {
    let doc = add(emptyWorkbook(now), 'Ana');
    const ana = doc.contacts[0]?.id ?? '';
    doc = add(doc, 'Bo', { referredBy: ana });
    doc = add(doc, 'Chen');
    const { doc: after, removed } = removeContact(doc, ana);
    expect(after.contacts.map((c) => c.name)).toEqual(['Bo', 'Chen']);
    expect(after.contacts[0]?.referredBy).toBe('');
    expect(removed).toBeDefined();
    const back = restoreContact(after, removed ?? (undefined as never));
    expect(back).toEqual(doc);
  });

  it('ignores unknown ids', () => {
    const doc = add(emptyWorkbook(now), 'Ana');
    expect(removeContact(doc, 'missing')).toEqual({ doc });
  });

  it('cleanName collapses spaces', () => {
    expect(cleanName('  a \n b ')).toBe('a b');
  });
});

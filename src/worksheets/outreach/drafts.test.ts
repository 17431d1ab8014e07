import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import { draftFor, updateDraft } from './drafts';
import { markSent, undoSent } from './sent';

// 23:30 local time: the UTC date may already be the next day, but the student's date is not.
const now = new Date(2026, 10, 25, 23, 30);

/** A workbook with Grace (no email) and Sam (already met). */
function doc(): { doc: Workbook; grace: string; sam: string } {
  let d = emptyWorkbook(now);
  const g = addContact(d, { name: 'Grace Kim' }, now);
  if (!g.ok) throw new Error(g.error);
  const s = addContact(
    g.doc,
    { name: 'Sam', status: 'met', reachedOutAt: '2026-10-01', lastContactAt: '2026-12-01' },
    now,
  );
  if (!s.ok) throw new Error(s.error);
  d = s.doc;
  return { doc: d, grace: g.id, sam: s.id };
}

describe('drafts', () => {
  it('starts one draft per contact at the first change, and changes it in place after', () => {
    const { doc: d0, grace, sam } = doc();
    expect(updateDraft(d0, grace, { subject: '' }, now)).toBe(d0);
    const d1 = updateDraft(d0, grace, { connection: 'We both studied at Riverside.' }, now);
    expect(d1.outreach).toHaveLength(1);
    const first = draftFor(d1, grace);
    expect(first).toMatchObject({ contactId: grace, connection: 'We both studied at Riverside.', sentAt: '' });
    expect(first?.id).toMatch(/^o_/);
    const d2 = updateDraft(d1, grace, { ask: 'Could we talk?' }, now);
    expect(d2.outreach).toHaveLength(1);
    expect(draftFor(d2, grace)).toMatchObject({
      id: first?.id,
      connection: 'We both studied at Riverside.',
      ask: 'Could we talk?',
    });
    expect(updateDraft(d2, grace, { ask: 'Could we talk?' }, now)).toBe(d2);
    const d3 = updateDraft(d2, sam, { subject: 'Hello again' }, now);
    expect(d3.outreach.map((o) => o.contactId)).toEqual([grace, sam]);
    expect(updateDraft(d3, 'nobody', { subject: 'x' }, now)).toBe(d3);
  });

  it('marking as sent records today (local date) and moves the contact to "Reached out"', () => {
    const { doc: d0, grace } = doc();
    const d1 = updateDraft(d0, grace, { ask: 'Could we talk?' }, now);
    const { doc: d2, change } = markSent(d1, grace, now);
    expect(draftFor(d2, grace)?.sentAt).toBe('2026-11-25');
    expect(d2.contacts.find((c) => c.id === grace)).toMatchObject({
      status: 'reached-out',
      reachedOutAt: '2026-11-25',
      lastContactAt: '2026-11-25',
    });
    expect(change?.contact.status).toBe('not-contacted');
    // The record for undo is a copy: later in-place updates of the page's stores cannot change it.
    const before = d1.contacts.find((c) => c.id === grace);
    if (before) Object.assign(before, { status: 'met' });
    expect(change?.contact.status).toBe('not-contacted');
    if (before) Object.assign(before, { status: 'not-contacted' });
    if (!change) throw new Error('no change');
    const back = undoSent(d2, change);
    expect(back.contacts.find((c) => c.id === grace)).toEqual(d1.contacts.find((c) => c.id === grace));
    expect(draftFor(back, grace)?.sentAt).toBe('');
  });

  it('does not move someone already met back to "Reached out", and keeps later dates', () => {
    const { doc: d0, sam } = doc();
    const { doc: d1 } = markSent(d0, sam, now);
    expect(d1.contacts.find((c) => c.id === sam)).toMatchObject({
      status: 'met',
      reachedOutAt: '2026-10-01',
      lastContactAt: '2026-12-01',
    });
    expect(draftFor(d1, sam)?.sentAt).toBe('2026-11-25');
  });

  it('writing again after "No reply" or "Declined" is a new attempt', () => {
    const { doc: d0, grace } = doc();
    const d1 = {
      ...d0,
      contacts: d0.contacts.map((c) =>
        c.id === grace ? { ...c, status: 'no-reply' as const, reachedOutAt: '2026-01-01' } : c,
      ),
    };
    const { doc: d2 } = markSent(d1, grace, now);
    expect(d2.contacts.find((c) => c.id === grace)).toMatchObject({
      status: 'reached-out',
      reachedOutAt: '2026-11-25',
    });
  });

  it('marking as sent without a draft starts an empty one, and undo removes it again', () => {
    const { doc: d0, grace } = doc();
    const { doc: d1, change } = markSent(d0, grace, now);
    expect(d1.outreach).toHaveLength(1);
    expect(change?.draft).toBeUndefined();
    if (!change) throw new Error('no change');
    expect(undoSent(d1, change).outreach).toEqual([]);
    expect(markSent(d0, 'nobody', now)).toEqual({ doc: d0 });
  });
});

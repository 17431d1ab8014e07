import { describe, expect, it } from 'vitest';
import { blankContact, emptyWorkbook, type Workbook } from '../../workbook/model';
import { PERSON_CHOICE, touching, touchOf } from './last-touched';
import { rememberPerson } from './remember-person';

const NOW = new Date('2026-12-01T10:00:00Z');
const AT = '2026-12-01T10:05:00.000Z';
const doc: Workbook = { ...emptyWorkbook(NOW), contacts: [blankContact('a', 'Ana Souza')] };
const rename =
  (name: string) =>
  (d: Workbook): Workbook => ({
    ...d,
    contacts: d.contacts.map((c) => ({ ...c, name })),
  });

describe('touching: the last worksheet touched rides along with a change', () => {
  it('records the worksheet, its person and the time with the change itself', () => {
    const next = touching(rename('Ana S.'), { worksheet: 'outreach', contactId: 'a' }, AT)(doc);
    expect(next.contacts[0]?.name).toBe('Ana S.');
    expect(next.lastTouched).toEqual({ worksheet: 'outreach', contactId: 'a', at: AT });
  });

  it('leaves a change that changes nothing as the same workbook, so nothing is saved for it', () => {
    const same = (d: Workbook) => d;
    expect(touching(same, { worksheet: 'outreach', contactId: 'a' }, AT)(doc)).toBe(doc);
    // Choosing the person already remembered changes nothing either.
    const remembered = rememberPerson('makeContact', 'a')(doc);
    expect(
      touching(rememberPerson('makeContact', 'a'), { worksheet: 'outreach', contactId: 'a' }, AT)(remembered),
    ).toBe(remembered);
  });

  it('replaces the record of an earlier worksheet', () => {
    const first = touching(rename('One'), { worksheet: 'thank-you', contactId: 'a' }, AT)(doc);
    const later = '2026-12-01T11:00:00.000Z';
    const second = touching(rename('Two'), { worksheet: 'network-map', contactId: '' }, later)(first);
    expect(second.lastTouched).toEqual({ worksheet: 'network-map', contactId: '', at: later });
  });
});

describe('touchOf: where a change comes from', () => {
  const personOf = (choice: string) => (choice === 'makeContact' ? 'a' : 'b');
  const touch = (id: keyof typeof PERSON_CHOICE | 'network-map' | 'contact-tracker') =>
    touchOf(id, PERSON_CHOICE[id as keyof typeof PERSON_CHOICE], personOf);

  it('asks each person-based worksheet for the person of its own choice', () => {
    expect(touch('outreach')).toEqual({ worksheet: 'outreach', contactId: 'a' });
    expect(touch('interview-notes')).toEqual({ worksheet: 'interview-notes', contactId: 'a' });
    expect(touch('thank-you')).toEqual({ worksheet: 'thank-you', contactId: 'b' });
  });

  it('records no person for a worksheet not about one, or when no one is shown', () => {
    expect(touch('network-map')).toEqual({ worksheet: 'network-map', contactId: '' });
    expect(touch('contact-tracker')).toEqual({ worksheet: 'contact-tracker', contactId: '' });
    expect(touchOf('outreach', 'makeContact', () => undefined)).toEqual({ worksheet: 'outreach', contactId: '' });
  });

  it('knows the four step 5 worksheets follow one person and the thank-you its own', () => {
    expect(PERSON_CHOICE).toEqual({
      outreach: 'makeContact',
      'interview-prep': 'makeContact',
      'conversation-card': 'makeContact',
      'interview-notes': 'makeContact',
      'thank-you': 'thankYou',
    });
  });
});

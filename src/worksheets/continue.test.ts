import { describe, expect, it } from 'vitest';
import { blankContact, emptyWorkbook, type Workbook } from '../workbook/model';
import { OutreachSchema } from '../workbook/schema';
import { continueLink, PERSON_WORDS } from './continue';
import { WORKSHEETS } from './registry';
import { PERSON_CHOICE } from './shared/last-touched';

const NOW = new Date('2026-12-01T10:00:00Z');
const AT = '2026-12-01T10:05:00.000Z';

/** A workbook with Ana and Ben, last touched at `worksheet` on `contactId`. */
function touchedAt(worksheet: string, contactId = ''): Workbook {
  return {
    ...emptyWorkbook(NOW),
    contacts: [blankContact('ana', 'Ana Souza'), blankContact('ben', 'Ben Okafor')],
    lastTouched: { worksheet, contactId, at: AT },
  };
}

describe('continueLink: where the student left off', () => {
  it('opens a person-based worksheet on its person, at its anchor, and names them', () => {
    expect(continueLink(touchedAt('outreach', 'ben'))).toEqual({
      href: '/steps/make-contact/?contact=ben#outreach',
      text: 'Continue: Draft a message to Ben Okafor',
    });
    expect(continueLink(touchedAt('thank-you', 'ana'))).toEqual({
      href: '/steps/follow-up/?contact=ana#thank-you',
      text: 'Continue: Write the thank-you to Ana Souza',
    });
  });

  it('names every person-based worksheet with the person, and every other one by its title', () => {
    for (const w of WORKSHEETS) {
      const link = continueLink(touchedAt(w.id, 'ana'));
      const person = w.id in PERSON_WORDS;
      expect(link?.href, w.id).toBe(person ? `${pathOf(w.id)}?contact=ana#${w.id}` : `${pathOf(w.id)}#${w.id}`);
      expect(link?.text, w.id).toMatch(person ? /^Continue: \S.* Ana Souza$/ : new RegExp(`^Continue: ${w.title}$`));
    }
  });

  it('falls back to the worksheet without the person once they are off the list', () => {
    expect(continueLink(touchedAt('interview-prep', 'removed'))).toEqual({
      href: '/steps/make-contact/#interview-prep',
      text: 'Continue: Your interview preparation',
    });
  });

  it('shows nothing for an empty workbook, and nothing when nothing is started and nothing touched', () => {
    expect(continueLink(emptyWorkbook(NOW))).toBeUndefined();
    expect(continueLink(emptyWorkbook(NOW), undefined)).toBeUndefined();
  });

  it('without a record (a workbook saved before it was kept), offers the first worksheet not done of the next step', () => {
    const old = { ...touchedAt('outreach', 'ana') } as Partial<Workbook>;
    delete old.lastTouched;
    expect(continueLink(old as Workbook, 5)).toEqual({
      href: '/steps/make-contact/#outreach',
      text: 'Continue: Your outreach message',
    });
    const sent: Workbook = {
      ...(old as Workbook),
      outreach: [OutreachSchema.parse({ id: 'o1', contactId: 'ana', sentAt: '2026-11-30' })],
    };
    // The outreach is done (a message marked sent): the next worksheet of step 5 not done.
    expect(continueLink(sent, 5)?.href).toBe('/steps/make-contact/#interview-prep');
  });

  it('ignores a record of a worksheet this site does not have (a newer or older site wrote it)', () => {
    expect(continueLink(touchedAt('old-worksheet', 'ana'))).toBeUndefined();
    expect(continueLink(touchedAt('old-worksheet', 'ana'), 2)?.href).toBe('/steps/expand-your-list/#places-to-meet');
  });

  it('writes the person’s name as given, for the page to show as text', () => {
    const doc = touchedAt('outreach', 'x');
    doc.contacts.push(blankContact('x', '<b>Zoë</b> & “Sam”'));
    expect(continueLink(doc)?.text).toBe('Continue: Draft a message to <b>Zoë</b> & “Sam”');
  });

  it('names the same person-based worksheets as the record of where a change comes from', () => {
    expect(Object.keys(PERSON_WORDS).sort()).toEqual(Object.keys(PERSON_CHOICE).sort());
  });
});

/** The page of a worksheet, worked out here from its step. */
function pathOf(id: string): string {
  const step = WORKSHEETS.find((w) => w.id === id)?.step;
  const pages = [
    '',
    'identify-your-networks',
    'expand-your-list',
    'assess-your-goals',
    'elevator-pitch',
    'make-contact',
    'follow-up',
    'repeat',
  ];
  return `/steps/${pages[step ?? 0]}/`;
}

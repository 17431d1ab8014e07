import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../workbook/model';
import { contact, workbookWith } from '../shared/follow-up/fixtures';
import {
  composeThankYou,
  DEFAULT_THANKS,
  emailNote,
  initialChoice,
  isEmail,
  mailtoHref,
  messageProblem,
  setThankYouPart,
  THANK_YOU_SUBJECT,
  thankYouChoices,
  thankYouFor,
} from './compose';
import { markSent, undoSent } from './sent';

const today = '2026-11-25';
const now = new Date('2026-11-25T10:00:00Z');

describe('composing a thank-you', () => {
  it('puts greeting, thanks, what was learned, what the student will do and a closing in order', () => {
    const text = composeThankYou(
      'Chidi Okoro',
      {
        thanks: 'Thank you for talking with me on Tuesday.',
        learned: '  I did not know that county health departments hire students.  ',
        action: 'This week I will look at the postings you mentioned.',
      },
      emptyProfile(),
    );
    expect(text).toBe(
      'Hello Chidi Okoro,\n\nThank you for talking with me on Tuesday.\nI did not know that county health departments hire students.\nThis week I will look at the postings you mentioned.\n\nBest wishes,',
    );
  });

  it('starts and ends as chosen in "About you", signed with the student’s name', () => {
    const lin = { ...emptyProfile(), firstName: 'Lin', lastName: 'Wei', greeting: 'Dear', signOff: 'With thanks' };
    expect(composeThankYou('Chidi Okoro', { thanks: '', learned: 'A thing.', action: '' }, lin)).toBe(
      `Dear Chidi Okoro,\n\n${DEFAULT_THANKS}\nA thing.\n\nWith thanks,\nLin Wei`,
    );
  });

  it('uses default thanks when that part is empty and skips empty parts', () => {
    expect(composeThankYou('李伟', { thanks: ' ', learned: 'A thing.', action: '' }, emptyProfile())).toBe(
      `Hello 李伟,\n\n${DEFAULT_THANKS}\nA thing.\n\nBest wishes,`,
    );
  });

  it('asks for one specific thing learned, in words', () => {
    expect(messageProblem({ thanks: 'Thanks', learned: ' ', action: 'x' })).toMatch(/one specific thing you learned/);
    expect(messageProblem({ thanks: '', learned: 'x', action: '' })).toBeUndefined();
  });
});

describe('mailto links', () => {
  it('encodes subject and body, with CRLF line breaks, and keeps the address readable', () => {
    const href = mailtoHref('ana.souza+jobs@example.org', THANK_YOU_SUBJECT, 'Hello Zoë & co,\n\n100% "thanks"?');
    expect(href).toBe(
      'mailto:ana.souza%2Bjobs@example.org?subject=Thank%20you%20for%20your%20time%20and%20advice&body=Hello%20Zo%C3%AB%20%26%20co%2C%0D%0A%0D%0A100%25%20%22thanks%22%3F',
    );
    const url = new URL(href);
    expect(url.searchParams.get('body')).toBe('Hello Zoë & co,\r\n\r\n100% "thanks"?');
    expect(decodeURIComponent(url.pathname)).toBe('ana.souza+jobs@example.org');
  });

  it('opens a message with no address when the email is missing or broken, and says so', () => {
    expect(mailtoHref('', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(mailtoHref('not an email', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(mailtoHref('a@b.c?cc=evil@x.y', 'S', 'B')).toBe('mailto:?subject=S&body=B');
    expect(emailNote('Ana', '')).toMatch(/no email address for Ana/);
    expect(emailNote('Ana', 'ana@')).toMatch(/looks incomplete/);
    expect(emailNote('Ana', 'ana@example.org')).toBeUndefined();
    expect(isEmail(' ana@example.org ')).toBe(true);
  });
});

describe('saving and marking as sent', () => {
  const base = () =>
    workbookWith([
      contact('a', 'Ana', { status: 'met', metAt: '2026-11-23', lastContactAt: '2026-11-23' }),
      contact('b', 'Bo', { status: 'keeping-in-touch' }),
      contact('c', 'Cy', { status: 'met', metAt: '2026-11-20' }),
      contact('d', 'Di', { status: 'met' }),
    ]);

  it('creates one thank-you per person on first typing, then updates it', () => {
    let doc = setThankYouPart(base(), 'a', 'learned', 'Data projects');
    doc = setThankYouPart(doc, 'a', 'action', 'Apply');
    expect(doc.thankYous).toHaveLength(1);
    expect(thankYouFor(doc, 'a')).toMatchObject({
      contactId: 'a',
      learned: 'Data projects',
      action: 'Apply',
      sentAt: '',
    });
    expect(setThankYouPart(doc, 'a', 'action', 'Apply')).toBe(doc);
  });

  it('marks sent: sentAt and thankedAt today, status Thanked, last contact today; undo puts it all back', () => {
    const typed = setThankYouPart(base(), 'a', 'learned', 'Data projects');
    const { doc, undo } = markSent(typed, 'a', today, now);
    expect(thankYouFor(doc, 'a')?.sentAt).toBe(today);
    expect(doc.contacts[0]).toMatchObject({ status: 'thanked', thankedAt: today, lastContactAt: today });
    if (!undo) throw new Error('no undo');
    // The undo record is a copy: changing the old objects later (as the page's store does) leaves it intact.
    Object.assign(typed.contacts[0] ?? {}, { status: 'thanked' });
    expect(undo.contact.status).toBe('met');
    Object.assign(typed.contacts[0] ?? {}, { status: 'met' });
    const back = undoSent(doc, undo);
    expect(back.contacts[0]).toEqual(typed.contacts[0]);
    expect(thankYouFor(back, 'a')).toEqual(thankYouFor(typed, 'a'));
  });

  it('keeps "Keeping in touch", and works with nothing written (undo removes the empty note)', () => {
    const { doc, undo } = markSent(base(), 'b', today, now);
    expect(doc.contacts[1]).toMatchObject({ status: 'keeping-in-touch', thankedAt: today });
    expect(thankYouFor(doc, 'b')?.sentAt).toBe(today);
    if (!undo) throw new Error('no undo');
    expect(undoSent(doc, undo).thankYous).toEqual([]);
    expect(markSent(base(), 'missing', today, now).undo).toBeUndefined();
  });

  it('lists thank-yous due first, soonest first, and picks who to show', () => {
    const { due, others } = thankYouChoices(base().contacts);
    expect(due.map((c) => c.id)).toEqual(['c', 'a', 'd']);
    expect(others.map((c) => c.id)).toEqual(['b']);
    expect(initialChoice(base())).toBe('c');
    expect(initialChoice(workbookWith([]))).toBe('');
  });
});

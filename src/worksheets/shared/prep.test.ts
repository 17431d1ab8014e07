import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import { type BankQuestion, bankQuestion, SAMPLE_SET } from '../question-bank';
import { meetingDateNote, prepFor } from './prep';
import { bankOf } from './prep-bank';
import {
  addBankQuestions,
  addOwnQuestion,
  moveItem,
  moveQuestion,
  removeQuestion,
  restoreQuestion,
  setChecklist,
  setMeetingDate,
  setPitch,
  toggleBankQuestion,
} from './prep-changes';
import { shortText } from './short-text';

const now = new Date('2026-11-25T10:00:00Z');
const bank = (id: string) => bankQuestion(id) as BankQuestion;

/** A workbook with Grace on the list. */
function withGrace(): { doc: Workbook; id: string } {
  const r = addContact(emptyWorkbook(now), { name: 'Grace Kim' }, now);
  if (!r.ok) throw new Error(r.error);
  return { doc: r.doc, id: r.id };
}

/** The texts of the chosen questions, in order. */
const texts = (doc: Workbook, id: string) => prepFor(doc, id)?.questions.map((q) => q.text) ?? [];

describe('moving items', () => {
  const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const ids = (l: Array<{ id: string }>) => l.map((x) => x.id).join('');

  it('moves an item up or down by one', () => {
    expect(ids(moveItem(list, 'c', -1))).toBe('acbd');
    expect(ids(moveItem(list, 'a', 1))).toBe('bacd');
    expect(ids(moveItem(list, 'b', 2))).toBe('acdb');
  });

  it('leaves the first item up, the last item down, and unknown ids where they are', () => {
    expect(ids(moveItem(list, 'a', -1))).toBe('abcd');
    expect(ids(moveItem(list, 'd', 1))).toBe('abcd');
    expect(ids(moveItem(list, 'x', 1))).toBe('abcd');
    expect(ids(moveItem([], 'x', 1))).toBe('');
  });
});

describe('preparation', () => {
  it('starts a preparation only at the first real change', () => {
    const { doc, id } = withGrace();
    expect(setChecklist(doc, id, 'person', false)).toBe(doc);
    const d1 = setChecklist(doc, id, 'person', true);
    expect(prepFor(d1, id)?.checklist).toEqual({
      person: true,
      organization: false,
      field: false,
      pitch: false,
      logistics: false,
    });
    expect(prepFor(d1, id)?.id).toMatch(/^pr_/);
    const d2 = setPitch(d1, id, 'pi_1');
    expect(d2.preps).toHaveLength(1);
    expect(prepFor(d2, id)?.pitchId).toBe('pi_1');
    expect(setChecklist(doc, 'nobody', 'person', true)).toBe(doc);
  });

  it('picks bank questions in the order ticked, keeps their theme, and unticks them', () => {
    const { doc, id } = withGrace();
    let d = toggleBankQuestion(doc, id, bank('typical-day'), true);
    d = toggleBankQuestion(d, id, bank('got-into'), true);
    d = toggleBankQuestion(d, id, bank('got-into'), true);
    expect(prepFor(d, id)?.questions).toEqual([
      { id: 'bank-typical-day', text: 'What does a typical day or week look like for you?', theme: 'assignments' },
      { id: 'bank-got-into', text: 'How did you get into this work?', theme: 'insights' },
    ]);
    expect(bankOf(prepFor(d, id)?.questions[0] ?? { id: '', text: '', theme: 'own' })?.id).toBe('typical-day');
    d = toggleBankQuestion(d, id, bank('typical-day'), false);
    expect(texts(d, id)).toEqual(['How did you get into this work?']);
  });

  it('adds the sample set without repeating questions already chosen', () => {
    const { doc, id } = withGrace();
    const d = addBankQuestions(toggleBankQuestion(doc, id, bank('surprised'), true), id, SAMPLE_SET.map(bank));
    expect(prepFor(d, id)?.questions.map((q) => q.id)).toEqual([
      'bank-surprised',
      'bank-got-into',
      'bank-typical-day',
      'bank-field-changed',
      'bank-in-my-position',
      'bank-who-else',
    ]);
  });

  it('adds own questions, refusing blank ones and repeats unless the student insists', () => {
    const { doc, id } = withGrace();
    expect(addOwnQuestion(doc, id, ' \n\t ')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Write your question'),
    });
    const r = addOwnQuestion(toggleBankQuestion(doc, id, bank('got-into'), true), id, '  ¿Cómo empezó? 🎨  ');
    if (!r.ok) throw new Error(r.error);
    expect(prepFor(r.doc, id)?.questions.at(-1)).toMatchObject({ id: r.id, text: '¿Cómo empezó? 🎨', theme: 'own' });
    const again = addOwnQuestion(r.doc, id, 'how did you get   INTO this work');
    expect(again).toEqual({
      ok: false,
      error: '“How did you get into this work?” is already in your list. Add it anyway?',
      duplicate: true,
    });
    const anyway = addOwnQuestion(r.doc, id, 'how did you get into this work', true);
    expect(anyway.ok && texts(anyway.doc, id)).toHaveLength(3);
  });

  it('accepts a 10,000-character question and refuses a longer one', () => {
    const { doc, id } = withGrace();
    expect(addOwnQuestion(doc, id, 'q'.repeat(10_000)).ok).toBe(true);
    expect(addOwnQuestion(doc, id, 'q'.repeat(10_001))).toMatchObject({
      ok: false,
      error: expect.stringContaining('10,000'),
    });
  });

  it('reorders, removes and restores chosen questions', () => {
    const { doc, id } = withGrace();
    let d = addBankQuestions(doc, id, ['got-into', 'typical-day', 'who-else'].map(bank));
    d = moveQuestion(d, id, 'bank-who-else', -1);
    expect(prepFor(d, id)?.questions.map((q) => q.id)).toEqual(['bank-got-into', 'bank-who-else', 'bank-typical-day']);
    expect(moveQuestion(d, id, 'bank-got-into', -1)).toBe(d);
    const { doc: removedDoc, removed } = removeQuestion(d, id, 'bank-who-else');
    expect(texts(removedDoc, id)).toHaveLength(2);
    if (!removed) throw new Error('nothing removed');
    expect(prepFor(restoreQuestion(removedDoc, removed), id)?.questions.map((q) => q.id)).toEqual([
      'bank-got-into',
      'bank-who-else',
      'bank-typical-day',
    ]);
    expect(removeQuestion(d, id, 'nope').removed).toBeUndefined();
  });

  it('saves the meeting date on the contact and sets "Meeting set", notes a past date, ignores half-typed dates', () => {
    const { doc, id } = withGrace();
    const d = setMeetingDate(doc, id, '2026-12-02', now);
    expect(prepFor(d, id)?.meetingAt).toBe('2026-12-02');
    expect(d.contacts[0]).toMatchObject({ meetingAt: '2026-12-02', status: 'meeting-set' });
    expect(setMeetingDate(d, id, '2026-12', now)).toBe(d);
    const cleared = setMeetingDate(d, id, '', now);
    expect(cleared.contacts[0]).toMatchObject({ meetingAt: '', status: 'meeting-set' });
    expect(meetingDateNote('2026-11-24', '2026-11-25')).toContain('This date has passed.');
    expect(meetingDateNote('2026-11-25', '2026-11-25')).toBeUndefined();
    expect(meetingDateNote('', '2026-11-25')).toBeUndefined();
  });
});

describe('short text for button names', () => {
  it('keeps short text, and cuts long text at a space with an ellipsis', () => {
    expect(shortText('  How did   you start? ')).toBe('How did you start?');
    expect(shortText('What does a typical day or week look like for you in this job', 30)).toBe(
      'What does a typical day or…',
    );
    expect(shortText('q'.repeat(10_000))).toBe(`${'q'.repeat(60)}…`);
  });
});

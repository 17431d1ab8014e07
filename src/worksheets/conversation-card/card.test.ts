import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import { type BankQuestion, bankQuestion } from '../question-bank';
import { addBankQuestions, addOwnQuestion, setMeetingDate, setPitch } from '../shared/prep-changes';
import { CLOSING_QUESTIONS, cardFor, slotLabel, TIME_BOX } from './card';

const now = new Date('2026-11-25T10:00:00Z');

/** Grace, with a pitch version on file. */
function setup(): { doc: Workbook; id: string } {
  const r = addContact(emptyWorkbook(now), { name: 'Grace Kim', org: 'Northwind Books' }, now);
  if (!r.ok) throw new Error(r.error);
  const doc: Workbook = {
    ...r.doc,
    pitches: [
      {
        id: 'pi_1',
        name: 'Alumni',
        audience: 'alumnus',
        now: ' I study design. ',
        past: '',
        future: 'I love books.',
        ask: '',
        updatedAt: '',
      },
    ],
  };
  return { doc, id: r.id };
}

describe('the conversation card', () => {
  it('plans 20 minutes in four stretches with no gaps', () => {
    expect(TIME_BOX.map(slotLabel)).toEqual(['0–2 min', '2–15 min', '15–18 min', '18–20 min']);
    TIME_BOX.forEach((slot, i) => {
      if (i > 0) expect(slot.from).toBe(TIME_BOX[i - 1]?.to);
    });
    expect(TIME_BOX.at(-1)?.to).toBe(20);
    expect(CLOSING_QUESTIONS[0]).toBe('Who else do you think I should talk to?');
  });

  it('shows the pitch version chosen in the preparation, and the questions in order without the closing ones', () => {
    const { doc, id } = setup();
    let d = setPitch(doc, id, 'pi_1');
    d = addBankQuestions(
      d,
      id,
      ['who-else', 'typical-day', 'got-into'].map((q) => bankQuestion(q) as BankQuestion),
    );
    const own = addOwnQuestion(d, id, 'MAY I MENTION YOUR NAME WHEN I CONTACT THEM?');
    if (!own.ok) throw new Error(own.error);
    const withOwn = addOwnQuestion(own.doc, id, 'What do you read?');
    if (!withOwn.ok) throw new Error(withOwn.error);
    d = setMeetingDate(withOwn.doc, id, '2026-12-02', now);
    const card = cardFor(d, id);
    expect(card?.person.name).toBe('Grace Kim');
    expect(card?.pitchText).toBe('I study design. I love books.');
    expect(card?.questions.map((q) => q.text)).toEqual([
      'What does a typical day or week look like for you?',
      'How did you get into this work?',
      'What do you read?',
    ]);
    expect(card?.meetingAt).toBe('2026-12-02');
  });

  it('works with nothing prepared, and with a pitch version that was deleted', () => {
    const { doc, id } = setup();
    expect(cardFor(doc, id)).toMatchObject({ pitchText: '', questions: [], meetingAt: '' });
    const gone = setPitch(doc, id, 'pi_deleted');
    expect(cardFor(gone, id)?.pitch).toBeUndefined();
    expect(cardFor(doc, 'nobody')).toBeUndefined();
  });
});

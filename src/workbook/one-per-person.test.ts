import { describe, expect, it } from 'vitest';
import { blankDraft } from '../worksheets/outreach/drafts';
import { blankPrep } from '../worksheets/shared/prep';
import { onePerPerson } from './one-per-person';
import { emptyWorkbook, type InterviewNote, MAX_TEXT, type Workbook, WorkbookSchema } from './schema';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const note = (id: string, contactId: string, fields: Partial<InterviewNote> = {}): InterviewNote => ({
  id,
  contactId,
  date: '',
  learned: '',
  fit: '',
  explore: '',
  nextSteps: [],
  ...fields,
});
const withNotes = (...interviews: InterviewNote[]): Workbook => ({ ...emptyWorkbook(NOW), interviews });

describe('onePerPerson', () => {
  it('returns the workbook itself when every person has at most one record', () => {
    const doc = withNotes(note('n_1', 'p'), note('n_2', 'q'), note('n_3', ''), note('n_4', ''));
    expect(onePerPerson(doc)).toBe(doc);
  });

  it('joins two notes records of one person into one, keeping every text, tick and next step', () => {
    const doc = withNotes(
      note('n_b', 'p', {
        learned: 'Ask about the lab.',
        explore: 'Annual report',
        nextSteps: [{ id: 's2', text: 'Call', due: '', done: false }],
      }),
      note('n_x', 'q', { learned: 'Other person' }),
      note('n_a', 'p', {
        learned: 'Hiring in spring.',
        fit: 'Close to my goals.',
        date: '2025-02-27',
        nextSteps: [
          { id: 's1', text: 'Write', due: '2025-03-10', done: false },
          { id: 's2', text: 'Call', due: '', done: true },
        ],
      }),
    );
    const joined = onePerPerson(doc);
    expect(joined.interviews).toEqual([
      {
        // The smaller id stays, where the first of the two was.
        id: 'n_a',
        contactId: 'p',
        date: '2025-02-27',
        learned: 'Hiring in spring.\n\nAsk about the lab.',
        fit: 'Close to my goals.',
        explore: 'Annual report',
        nextSteps: [
          { id: 's1', text: 'Write', due: '2025-03-10', done: false },
          { id: 's2', text: 'Call', due: '', done: true },
        ],
      },
      note('n_x', 'q', { learned: 'Other person' }),
    ]);
    expect(WorkbookSchema.safeParse(joined).success).toBe(true);
  });

  it('gives the same record whichever order the two arrive in, and keeps a text once when one holds the other', () => {
    const one = note('n_1', 'p', { learned: 'Hiring' });
    const two = note('n_2', 'p', { learned: 'Hiring in spring.' });
    expect(onePerPerson(withNotes(one, two)).interviews).toEqual(onePerPerson(withNotes(two, one)).interviews);
    expect(onePerPerson(withNotes(one, two)).interviews).toEqual([{ ...one, learned: 'Hiring in spring.' }]);
  });

  it('joins outreach drafts (subject with a slash), preparations (ticks and questions) and thank-yous', () => {
    const doc: Workbook = {
      ...emptyWorkbook(NOW),
      outreach: [
        { ...blankDraft('p'), id: 'o_1', subject: 'Coffee?', ask: 'Twenty minutes?' },
        { ...blankDraft('p'), id: 'o_2', subject: 'Your work on rivers', whyThem: 'You know the lab.' },
      ],
      preps: [
        {
          ...blankPrep('p'),
          id: 'pr_1',
          checklist: { ...blankPrep('p').checklist, person: true },
          questions: [{ id: 'q1', text: 'A day at work?', theme: 'insights' }],
        },
        {
          ...blankPrep('p'),
          id: 'pr_2',
          pitchId: 'pi_1',
          checklist: { ...blankPrep('p').checklist, field: true },
          questions: [{ id: 'q2', text: 'Trends?', theme: 'trends' }],
        },
      ],
      thankYous: [
        { id: 't_1', contactId: 'p', learned: '', action: 'I read it.', thanks: '', sentAt: '' },
        { id: 't_2', contactId: 'p', learned: 'A lot', action: '', thanks: 'Thank you!', sentAt: '2025-03-01' },
      ],
    };
    const joined = onePerPerson(doc);
    expect(joined.outreach).toEqual([
      {
        ...blankDraft('p'),
        id: 'o_1',
        subject: 'Coffee? / Your work on rivers',
        ask: 'Twenty minutes?',
        whyThem: 'You know the lab.',
      },
    ]);
    expect(joined.preps).toEqual([
      {
        ...blankPrep('p'),
        id: 'pr_1',
        pitchId: 'pi_1',
        checklist: { ...blankPrep('p').checklist, person: true, field: true },
        questions: [
          { id: 'q1', text: 'A day at work?', theme: 'insights' },
          { id: 'q2', text: 'Trends?', theme: 'trends' },
        ],
      },
    ]);
    expect(joined.thankYous).toEqual([
      { id: 't_1', contactId: 'p', learned: 'A lot', action: 'I read it.', thanks: 'Thank you!', sentAt: '2025-03-01' },
    ]);
    expect(WorkbookSchema.safeParse(joined).success).toBe(true);
  });

  it('keeps the longer text when both together would not fit in the field', () => {
    const long = 'x'.repeat(MAX_TEXT - 10);
    const joined = onePerPerson(
      withNotes(note('n_1', 'p', { learned: 'short text' }), note('n_2', 'p', { learned: long })),
    );
    expect(joined.interviews.map((n) => n.learned)).toEqual([long]);
  });
});

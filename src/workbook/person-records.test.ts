import { describe, expect, it } from 'vitest';
import { blankNote as blank } from '../worksheets/interview-notes/notes';
import { addContact } from './contacts';
import type { InterviewNote, Workbook } from './model';
import { changeRecordFor, recordFor } from './person-records';
import { emptyWorkbook } from './schema';

const NOW = new Date('2026-03-01T10:00:00Z');
const learn = (text: string) => (note: InterviewNote) => (note.learned === text ? note : { ...note, learned: text });

/** A workbook with one person, and their id. */
function withPerson(): { doc: Workbook; id: string } {
  const r = addContact(emptyWorkbook(NOW), { name: 'Sam Lee' }, NOW);
  if (!r.ok) throw new Error(r.error);
  return { doc: r.doc, id: r.id };
}

describe('changeRecordFor', () => {
  it('starts the record at the first change, with a new id, and changes that same record after', () => {
    const { doc, id } = withPerson();
    const first = changeRecordFor(doc, 'interviews', id, blank, 'n', learn('Archives hire in spring.'));
    const note = recordFor(first, 'interviews', id);
    expect(note?.learned).toBe('Archives hire in spring.');
    expect(note?.id).toMatch(/^n/);
    const second = changeRecordFor(first, 'interviews', id, blank, 'n', learn('Ask about internships.'));
    expect(second.interviews).toHaveLength(1);
    expect(second.interviews[0]).toMatchObject({ id: note?.id, learned: 'Ask about internships.' });
  });

  it('returns the same workbook when nothing changes, and starts no record', () => {
    const { doc, id } = withPerson();
    expect(changeRecordFor(doc, 'interviews', id, blank, 'n', (note) => note)).toBe(doc);
    const started = changeRecordFor(doc, 'interviews', id, blank, 'n', learn('x'));
    expect(changeRecordFor(started, 'interviews', id, blank, 'n', learn('x'))).toBe(started);
  });

  it('leaves the workbook alone for a person who is not on the list', () => {
    const { doc } = withPerson();
    expect(changeRecordFor(doc, 'interviews', 'p-gone', blank, 'n', learn('x'))).toBe(doc);
  });
});

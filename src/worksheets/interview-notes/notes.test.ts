import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';
import { addNextStep, removeNextStep, restoreNextStep, saveNotes, setStepDone } from './note-changes';
import { noteFor, setNoteField } from './notes';
import { stepState } from './step-state';

const now = new Date('2026-11-25T10:00:00Z');
const today = '2026-11-25';

/** A workbook with Grace on the list, with the given status. */
function withGrace(status: 'not-contacted' | 'thanked' = 'not-contacted'): { doc: Workbook; id: string } {
  const r = addContact(emptyWorkbook(now), { name: 'Grace Kim', status, lastContactAt: '2026-11-30' }, now);
  if (!r.ok) throw new Error(r.error);
  return { doc: r.doc, id: r.id };
}

describe('interview notes', () => {
  it('saves the written answers as typed, starting the note at the first change', () => {
    const { doc, id } = withGrace();
    expect(setNoteField(doc, id, 'learned', '')).toBe(doc);
    const d = setNoteField(setNoteField(doc, id, 'learned', 'Portfolios matter.'), id, 'fit', 'Yes.');
    expect(d.interviews).toHaveLength(1);
    expect(noteFor(d, id)).toMatchObject({ learned: 'Portfolios matter.', fit: 'Yes.', explore: '', date: '' });
    expect(noteFor(setNoteField(d, id, 'learned', 'x'.repeat(10_000)), id)?.learned).toHaveLength(10_000);
  });

  it('saving needs a date that is not in the future, then marks the contact as met on that date', () => {
    const { doc, id } = withGrace();
    expect(saveNotes(doc, id, now, today)).toEqual({ ok: false, error: 'Enter the date of the conversation.' });
    const future = setNoteField(doc, id, 'date', '2026-11-26');
    expect(saveNotes(future, id, now, today)).toMatchObject({
      ok: false,
      error: expect.stringContaining('in the future'),
    });
    // A date the workbook cannot store is never written, so a backup always restores.
    for (const bad of ['2026-02-30', '202612-03-15', '2026-3-5']) expect(setNoteField(doc, id, 'date', bad)).toBe(doc);
    const dated = setNoteField(doc, id, 'date', '2026-11-19');
    expect(setNoteField(dated, id, 'date', '202612-03-15')).toBe(dated);
    expect(noteFor(setNoteField(dated, id, 'date', ''), id)?.date).toBe('');
    const r = saveNotes(setNoteField(doc, id, 'date', '2026-11-20'), id, now, today);
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.contacts[0]).toMatchObject({ status: 'met', metAt: '2026-11-20', lastContactAt: '2026-11-30' });
  });

  it('keeps a later status when notes are saved again', () => {
    const { doc, id } = withGrace('thanked');
    const r = saveNotes(setNoteField(doc, id, 'date', today), id, now, today);
    expect(r.ok && r.doc.contacts[0]).toMatchObject({ status: 'thanked', metAt: today });
  });
});

describe('next steps', () => {
  it('adds a step with a due date today or later', () => {
    const { doc, id } = withGrace();
    const r = addNextStep(doc, id, { text: '  Make three mock covers  ', due: '2026-12-15' }, today);
    if (!r.ok) throw new Error('refused');
    expect(noteFor(r.doc, id)?.nextSteps).toEqual([
      { id: r.id, text: 'Make three mock covers', due: '2026-12-15', done: false },
    ]);
    expect(addNextStep(doc, id, { text: 'Today', due: today }, today).ok).toBe(true);
  });

  it('refuses empty text, a missing or past due date, in words by field', () => {
    const { doc, id } = withGrace();
    expect(addNextStep(doc, id, { text: '   ', due: '' }, today)).toEqual({
      ok: false,
      errors: { text: 'Describe the next step, for example “Send a thank-you note”.', due: 'Enter the due date.' },
    });
    expect(addNextStep(doc, id, { text: 'Call', due: '2026-11-24' }, today)).toMatchObject({
      ok: false,
      errors: { due: 'The due date has passed. Choose today or a later date.' },
    });
  });

  it('flags a repeated step, which can be added anyway', () => {
    const { doc, id } = withGrace();
    const r = addNextStep(doc, id, { text: 'Send a thank-you', due: today }, today);
    if (!r.ok) throw new Error('refused');
    expect(addNextStep(r.doc, id, { text: ' send a THANK-YOU ', due: today }, today)).toMatchObject({
      ok: false,
      errors: { duplicate: true, text: expect.stringContaining('already on your list') },
    });
    const again = addNextStep(r.doc, id, { text: 'send a thank-you', due: today }, today, true);
    expect(again.ok && noteFor(again.doc, id)?.nextSteps).toHaveLength(2);
  });

  it('marks steps done, removes and restores them, and says where each stands', () => {
    const { doc, id } = withGrace();
    const a = addNextStep(doc, id, { text: 'A', due: '2026-12-01' }, today);
    if (!a.ok) throw new Error('refused');
    const b = addNextStep(a.doc, id, { text: 'B', due: '2026-12-02' }, today);
    if (!b.ok) throw new Error('refused');
    const done = setStepDone(b.doc, id, a.id, true);
    expect(noteFor(done, id)?.nextSteps.map((s) => s.done)).toEqual([true, false]);
    expect(setStepDone(done, id, a.id, true)).toBe(done);
    const { doc: less, removed } = removeNextStep(done, id, a.id);
    expect(noteFor(less, id)?.nextSteps.map((s) => s.text)).toEqual(['B']);
    if (!removed) throw new Error('nothing removed');
    expect(noteFor(restoreNextStep(less, removed), id)?.nextSteps.map((s) => s.text)).toEqual(['A', 'B']);
    expect(stepState({ id: 'x', text: '', due: '2026-11-24', done: false }, today)).toBe('overdue');
    expect(stepState({ id: 'x', text: '', due: '2026-11-24', done: true }, today)).toBe('done');
    expect(stepState({ id: 'x', text: '', due: today, done: false }, today)).toBe('due');
    expect(stepState({ id: 'x', text: '', due: '', done: false }, today)).toBe('no-date');
  });
});

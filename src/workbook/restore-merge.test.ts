import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeBackupInto } from './restore-merge';
import { blankContact, emptyGoals, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';
import { workbookArb } from './test-arbitraries';

const NOW = new Date('2026-03-07T12:00:00.000Z');
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((item) => item.id).sort();

describe('mergeBackupInto', () => {
  it('keeps the people of both workbooks, each once', () => {
    const here: Workbook = {
      ...emptyWorkbook(NOW),
      contacts: [blankContact('p_ana', 'Ana Souza'), blankContact('p_ben', 'Ben Okafor')],
    };
    const backup: Workbook = {
      ...emptyWorkbook(NOW),
      contacts: [blankContact('p_ben', 'Ben Okafor'), blankContact('p_dina', 'Dina Haddad')],
    };
    expect(mergeBackupInto(here, backup).contacts.map((c) => c.name)).toEqual([
      'Ben Okafor',
      'Dina Haddad',
      'Ana Souza',
    ]);
  });

  it("keeps the backup's version of a detail both changed, and details only one side has", () => {
    const here: Workbook = {
      ...emptyWorkbook(NOW),
      contacts: [{ ...blankContact('p_ana', 'Ana Souza'), org: 'Water lab', notes: 'Met at the fair.' }],
      goals: { ...emptyGoals(), wants: ['field'], fields: 'Water', organizations: '', questions: 'How do I start?' },
    };
    const backup: Workbook = {
      ...emptyWorkbook(NOW),
      contacts: [{ ...blankContact('p_ana', 'Ana Souza'), org: 'River Trust' }],
      goals: { ...emptyGoals(), wants: ['leads'], fields: '', organizations: 'River Trust', questions: '' },
    };
    const merged = mergeBackupInto(here, backup);
    expect(merged.contacts[0]).toMatchObject({ org: 'River Trust', notes: 'Met at the fair.' });
    expect(merged.goals).toEqual({
      ...emptyGoals(),
      wants: ['leads'],
      fields: 'Water',
      organizations: 'River Trust',
      questions: 'How do I start?',
    });
  });

  it('joins two notes about the same person into one, keeping both texts', () => {
    const note = (id: string, learned: string) => ({
      id,
      contactId: 'p_ana',
      date: '',
      learned,
      fit: '',
      explore: '',
      nextSteps: [],
    });
    const person = [blankContact('p_ana', 'Ana Souza')];
    const here = { ...emptyWorkbook(NOW), contacts: person, interviews: [note('n_here', 'Audits take a week.')] };
    const backup = { ...emptyWorkbook(NOW), contacts: person, interviews: [note('n_backup', 'Field work in summer.')] };
    const merged = mergeBackupInto(here, backup);
    expect(merged.interviews).toHaveLength(1);
    expect(merged.interviews[0]?.learned).toContain('Audits take a week.');
    expect(merged.interviews[0]?.learned).toContain('Field work in summer.');
  });

  it('gives a valid workbook holding every item of both sides (property)', () => {
    fc.assert(
      fc.property(workbookArb, workbookArb, (here, backup) => {
        const merged = mergeBackupInto(here, backup);
        expect(WorkbookSchema.safeParse(merged).success).toBe(true);
        for (const list of ['contacts', 'places', 'pitches', 'plans', 'circles'] as const)
          expect(ids(merged[list])).toEqual([...new Set([...ids(here[list]), ...ids(backup[list])])].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing when both sides are the same workbook (property)', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        expect(mergeBackupInto(doc, doc)).toEqual(doc);
      }),
    );
  });

  it('never lets an empty detail on one side clear the other (property)', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        const blank = { ...doc, contacts: doc.contacts.map((c) => ({ ...c, notes: '', org: '' })) };
        expect(mergeBackupInto(doc, blank).contacts).toEqual(doc.contacts);
        expect(mergeBackupInto(blank, doc).contacts).toEqual(doc.contacts);
      }),
    );
  });
});

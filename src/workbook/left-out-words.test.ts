import { describe, expect, it } from 'vitest';
import { describeLeftOut } from './left-out-words';
import { emptyWorkbook, type Workbook } from './schema';

const NOW = new Date('2026-03-07T12:00:00.000Z');
const doc: Workbook = {
  ...emptyWorkbook(NOW),
  contacts: [{ ...emptyWorkbook(NOW).contacts[0], id: 'c1', name: 'Sam Lee' } as Workbook['contacts'][number]],
};
const raw = {
  schemaVersion: 1,
  contacts: [{ id: 'c1', name: 'Sam Lee' }],
  preps: [{ id: 'p1', contactId: 'c1', checklist: { person: 'yes' } }],
  interviews: [{ id: 'i1', contactId: 'gone', nextSteps: [{ id: 'n1' }, { id: 'n1' }] }],
  plans: [{ id: 'pl1', items: ['ok', 5] }],
  pitches: [{ id: 'p', name: 'Career fair', updatedAt: 'yesterday' }],
};

describe('describeLeftOut: what was left out of a workbook, in words', () => {
  it.each([
    [{ path: ['updatedAt'], value: 'last Tuesday' }, 'The time of the last change could not be read, so it was reset.'],
    [{ path: ['goals'], value: 7 }, 'Your goals could not be read, so they were left out.'],
    [{ path: ['places'], value: 'x' }, 'Your places could not be read, so they were left out.'],
    [
      { path: ['preps', 0, 'checklist', 'person'], value: 'yes' },
      'Interview preparation for Sam Lee: the checklist mark “Researched the person” “yes” could not be read, so it was left out.',
    ],
    [
      { path: ['interviews', 0, 'nextSteps', 1], value: { id: 'n1' }, repeated: true },
      'Interview note 1: next step 2 repeats an earlier entry, so it was left out.',
    ],
    [{ path: ['plans', 0, 'items', 1], value: 5 }, 'Saved plan 1: the step “5” could not be read, so it was left out.'],
    [
      { path: ['pitches', 0, 'updatedAt'], value: 'yesterday' },
      'Pitch version “Career fair”: the time of the last change “yesterday” is not a time, so it was left out.',
    ],
    [
      { path: ['contacts', 0, 'notes'], value: 'x'.repeat(20_000) },
      'Sam Lee: the notes are too long, so they were left out.',
    ],
    [{ path: ['somethingElse'], value: 1 }, 'Part of the backup could not be read, so it was left out.'],
    // Step 7, the weekly routine.
    [
      { path: ['routine'], value: 'Sundays' },
      'Your weekly networking time and goal could not be read, so they were left out.',
    ],
    [
      { path: ['routine', 'day'], value: 'Funday' },
      'Your weekly networking time: the day “Funday” is not one of the choices, so it was left out.',
    ],
    [
      { path: ['routine', 'time'], value: '25:00' },
      'Your weekly networking time: the start time “25:00” is not a time, so it was left out.',
    ],
    [
      { path: ['routine', 'goal'], value: -2 },
      'Your weekly networking time: the weekly goal “-2” is not one of the choices, so it was left out.',
    ],
  ])('describes %j', (part, words) => {
    expect(describeLeftOut(raw, doc, part)).toBe(words);
  });
});

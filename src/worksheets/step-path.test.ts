import { describe, expect, it } from 'vitest';
import { WORKBOOK_KEY } from '../workbook/engine';
import { withLineage } from '../workbook/lineage';
import { blankContact, CURRENT_SCHEMA_VERSION, emptyGoals, emptyWorkbook, type Workbook } from '../workbook/model';
import { storedJson } from '../workbook/stored-json';
import { nextStep, pathStates, STORED_KEY, STORED_VERSION, storedStates } from './step-path';
import { stepProgress } from './step-progress';

const NOW = new Date('2026-11-25T12:00:00Z');
const people = (n: number) => Array.from({ length: n }, (_, i) => blankContact(`c${i}`, `Person ${i}`));
const withPeople = (n: number, extra: Partial<Workbook> = {}): Workbook => ({
  ...emptyWorkbook(NOW),
  contacts: people(n),
  ...extra,
});

describe('the stored workbook', () => {
  it('uses the engine’s key and the current schema version', () => {
    expect(STORED_KEY).toBe(WORKBOOK_KEY);
    expect(STORED_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('reads a text as the engine saves it, lineage and all', () => {
    const { text } = withLineage(storedJson(withPeople(15)), []);
    expect(storedStates(text)?.[0]).toBe('done');
  });

  it('reads nothing from no text, broken text or another version', () => {
    expect(storedStates(null)).toBeUndefined();
    expect(storedStates('{"schemaVersion":1,')).toBeUndefined();
    expect(storedStates(JSON.stringify({ ...withPeople(1), schemaVersion: 2 }))).toBeUndefined();
    expect(storedStates('null')).toBeUndefined();
  });

  it('shows no state rather than fail when a part of the document has the wrong shape', () => {
    expect(storedStates(JSON.stringify({ schemaVersion: 1, contacts: 'none' }))).toBeUndefined();
  });
});

describe('pathStates', () => {
  it('gives each of the seven steps the state of the one rule of done', () => {
    const doc = withPeople(3, {
      goals: { ...emptyGoals(), wants: ['field'], fields: '', organizations: '', questions: '' },
    });
    const states = pathStates(doc);
    expect(states).toHaveLength(7);
    expect(states).toEqual([1, 2, 3, 4, 5, 6, 7].map((s) => stepProgress(s, doc).state));
    expect(states.slice(0, 3)).toEqual(['started', 'not-started', 'started']);
  });

  it('marks a step done only when all its worksheets are done', () => {
    expect(pathStates(withPeople(15))[0]).toBe('done');
    expect(pathStates(withPeople(14))[0]).toBe('started');
    expect(pathStates(emptyWorkbook(NOW))).toEqual(Array(7).fill('not-started'));
  });
});

describe('nextStep', () => {
  it('is the first of steps 1 to 6 not done, and 7 once they all are', () => {
    expect(nextStep(Array(7).fill('not-started'))).toBe(1);
    expect(nextStep(['done', 'not-started', 'done', 'done', 'started', 'done', 'started'])).toBe(2);
    expect(nextStep(['done', 'done', 'done', 'done', 'done', 'done', 'started'])).toBe(7);
  });
});

import { describe, expect, it } from 'vitest';
import { WORKBOOK_KEY } from '../workbook/engine';
import { withLineage } from '../workbook/lineage';
import { blankContact, CURRENT_SCHEMA_VERSION, emptyGoals, emptyWorkbook, type Workbook } from '../workbook/model';
import { storedJson } from '../workbook/stored-json';
import {
  NAV_TICKS,
  nextStep,
  pathStates,
  STORED_KEY,
  STORED_VERSION,
  storedProgress,
  storedProgressOnce,
} from './step-path';
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
    expect(storedProgress(text)?.states[0]).toBe('done');
  });

  it('reads nothing from no text, broken text or another version', () => {
    expect(storedProgress(null)).toBeUndefined();
    expect(storedProgress('{"schemaVersion":1,')).toBeUndefined();
    expect(storedProgress(JSON.stringify({ ...withPeople(1), schemaVersion: 2 }))).toBeUndefined();
    expect(storedProgress('null')).toBeUndefined();
  });

  it('shows no state rather than fail when a part of the document has the wrong shape', () => {
    expect(storedProgress(JSON.stringify({ schemaVersion: 1, contacts: 'none' }))).toBeUndefined();
  });

  it('says where to continue: the last worksheet touched, on its person', () => {
    const doc = withPeople(3, { lastTouched: { worksheet: 'thank-you', contactId: 'c2', at: NOW.toISOString() } });
    const { text } = withLineage(storedJson(doc), []);
    expect(storedProgress(text)?.resume).toEqual({
      href: '/steps/follow-up/?contact=c2#thank-you',
      text: 'Continue: Write the thank-you to Person 2',
    });
  });

  it('offers nowhere to continue for an empty workbook, and the next step once something is started', () => {
    expect(storedProgress(JSON.stringify(emptyWorkbook(NOW)))).toEqual({
      states: Array(7).fill('not-started'),
      resume: undefined,
    });
    // Saved before the record was kept: three people on the map, so step 1 is the one to continue.
    const { lastTouched: _none, ...old } = withPeople(3);
    expect(storedProgress(JSON.stringify(old))?.resume).toEqual({
      href: '/steps/identify-your-networks/#network-map',
      text: 'Continue: Your network map',
    });
  });
});

describe('the ticks of the steps in the navigation', () => {
  it('show a mark for done and started steps, with words for screen readers, and nothing for the others', () => {
    expect(NAV_TICKS.done).toEqual({ mark: ' ✓', words: ', done' });
    expect(NAV_TICKS.started).toEqual({ mark: ' ◐', words: ', started' });
    expect(NAV_TICKS['not-started']).toEqual({ mark: '', words: '' });
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

describe('storedProgressOnce', () => {
  it('reads a stored text once: the same text gives the same answer, a changed one a new answer', () => {
    const first = storedJson(withPeople(3));
    const read = storedProgressOnce(first);
    expect(read).toEqual(storedProgress(first));
    expect(storedProgressOnce(first)).toBe(read);
    const changed = storedJson(withPeople(20));
    expect(storedProgressOnce(changed)).toEqual(storedProgress(changed));
    expect(storedProgressOnce(changed)).not.toEqual(read);
    expect(storedProgressOnce(null)).toBeUndefined();
  });
});

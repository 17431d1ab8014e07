import { describe, expect, it } from 'vitest';
import { WORKSHEET_IDS } from '../content/frontmatter';
import { emptyWorkbook, type Workbook } from '../workbook/model';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { combinedProgress, NETWORK_MAP_DONE, PROGRESS_RULES, worksheetProgress } from './progress';
import { WORKSHEET_INFO } from './worksheet-info';

const NOW = new Date('2026-03-01T12:00:00Z');
const empty = () => emptyWorkbook(NOW);

/** A workbook with `n` people on the network map. */
function withPeople(n: number): Workbook {
  const sample = buildSampleWorkbook(n, NOW);
  return { ...empty(), contacts: sample.contacts.map((c) => ({ ...c, status: 'not-contacted', topFive: false })) };
}

describe('worksheet progress', () => {
  it('has a rule and a name for every worksheet', () => {
    expect(Object.keys(PROGRESS_RULES).sort()).toEqual([...WORKSHEET_IDS].sort());
    expect(Object.keys(WORKSHEET_INFO).sort()).toEqual([...WORKSHEET_IDS].sort());
    for (const rule of Object.values(PROGRESS_RULES)) expect(rule.done).toMatch(/^Done when .+\.$/);
  });

  it('says "not started" for every worksheet of an empty workbook', () => {
    for (const id of WORKSHEET_IDS) expect(worksheetProgress(id, empty())).toBe('not-started');
  });

  it('counts the network map started with 1 person and done with 15', () => {
    expect(worksheetProgress('network-map', withPeople(1))).toBe('started');
    expect(worksheetProgress('network-map', withPeople(NETWORK_MAP_DONE - 1))).toBe('started');
    expect(worksheetProgress('network-map', withPeople(NETWORK_MAP_DONE))).toBe('done');
  });

  it('counts places done when two are chosen to try', () => {
    const place = (id: string, tryIt: boolean) => ({
      id,
      name: id,
      kind: 'campus' as const,
      custom: false,
      tryIt,
      date: '',
      notes: '',
    });
    expect(worksheetProgress('places-to-meet', { ...empty(), places: [place('a', true)] })).toBe('started');
    expect(worksheetProgress('places-to-meet', { ...empty(), places: [place('a', true), place('b', true)] })).toBe(
      'done',
    );
  });

  it('counts a pitch done only when all four parts are written', () => {
    const pitch = {
      id: 'p',
      name: '',
      audience: 'own' as const,
      now: 'I study biology.',
      past: '',
      future: '',
      ask: '',
      updatedAt: '',
    };
    expect(worksheetProgress('pitch-builder', { ...empty(), pitches: [pitch] })).toBe('started');
    const full = {
      ...pitch,
      past: 'I worked in a lab.',
      future: 'I want to learn about clinics.',
      ask: 'How did you start?',
    };
    expect(worksheetProgress('pitch-builder', { ...empty(), pitches: [full] })).toBe('done');
  });

  it('counts goals done with a goal and a top five', () => {
    const doc = withPeople(6);
    expect(worksheetProgress('goals', { ...doc, goals: { ...doc.goals, fields: 'Public health' } })).toBe('started');
    const top = doc.contacts.map((c, i) => ({ ...c, topFive: i < 5 }));
    expect(
      worksheetProgress('goals', { ...doc, contacts: top, goals: { ...doc.goals, fields: 'Public health' } }),
    ).toBe('done');
  });

  it('shows the sample workbook as under way everywhere', () => {
    const sample = buildSampleWorkbook(40, NOW);
    for (const id of WORKSHEET_IDS) expect(worksheetProgress(id, sample)).not.toBe('not-started');
    expect(worksheetProgress('network-map', sample)).toBe('done');
  });

  it('combines the worksheets of a step: done when all are done, started when any is', () => {
    const doc = withPeople(NETWORK_MAP_DONE);
    expect(combinedProgress([], doc)).toBeUndefined();
    expect(combinedProgress(['network-map'], doc)).toBe('done');
    expect(combinedProgress(['network-map', 'goals'], doc)).toBe('started');
    expect(combinedProgress(['outreach', 'thank-you'], doc)).toBe('not-started');
  });
});

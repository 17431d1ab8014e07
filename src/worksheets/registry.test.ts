import { describe, expect, it } from 'vitest';
import { emptyWorkbook, type Pitch, type Place, type Workbook } from '../workbook/model';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { blankDraft } from './outreach/drafts';
import { NETWORK_MAP_DONE, PLACES_DONE, WORKSHEET_IDS, WORKSHEETS, worksheetById } from './registry';
import { contact, workbookWith } from './shared/follow-up/fixtures';
import { combinedProgress, stepProgress, worksheetProgress } from './step-progress';

const NOW = new Date('2026-03-01T12:00:00Z');
const empty = () => emptyWorkbook(NOW);

/** A workbook with `n` people on the network map, none contacted, rated or chosen. */
function withPeople(n: number): Workbook {
  return workbookWith(Array.from({ length: n }, (_, i) => contact(`p${i}`, `Person ${i}`)));
}

const place = (id: string, tryIt: boolean): Place => ({
  id,
  name: id,
  kind: 'campus',
  custom: false,
  tryIt,
  date: '',
  notes: '',
});
const pitch = (parts: Partial<Pick<Pitch, 'now' | 'past' | 'future' | 'ask'>>): Pitch => ({
  id: 'p',
  name: '',
  audience: 'own',
  now: '',
  past: '',
  future: '',
  ask: '',
  updatedAt: '',
  ...parts,
});
const FULL_PITCH = {
  now: 'I study biology.',
  past: 'I worked in a lab.',
  future: 'I want to learn about clinics.',
  ask: 'How did you start?',
};

describe('the worksheet registry', () => {
  it('declares each worksheet once, with a step, a name, a summary and a rule of done in words', () => {
    expect(new Set(WORKSHEET_IDS).size).toBe(WORKSHEETS.length);
    for (const w of WORKSHEETS) {
      expect(w.id, 'ids are lowercase words with hyphens').toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(w.step).toBeGreaterThanOrEqual(1);
      expect(w.step).toBeLessThanOrEqual(7);
      expect(w.title.trim()).not.toBe('');
      expect(w.summary).toMatch(/^[A-Z].+\.$/);
      expect(w.done).toMatch(/^Done when .+\.$/);
    }
    expect(WORKSHEETS.map((w) => w.step)).toEqual([...WORKSHEETS.map((w) => w.step)].sort((a, b) => a - b));
    expect(worksheetById('goals').title).toBe('Your goals and priorities');
  });

  it('says the pitch has four parts everywhere, as the pitch builder asks for', () => {
    const pitchBuilder = worksheetById('pitch-builder');
    expect(pitchBuilder.summary).toContain('four parts');
    expect(pitchBuilder.done).toContain('all four parts');
  });
});

describe('worksheet progress', () => {
  it('says "not started" for every worksheet of an empty workbook, with a summary', () => {
    for (const w of WORKSHEETS) {
      expect(worksheetProgress(w.id, empty()), w.id).toBe('not-started');
      expect(w.progress(empty()).summary, w.id).toMatch(/^[A-Z0-9].+\.$/);
    }
  });

  it('never counts a worksheet done without counting it started', () => {
    for (const doc of [empty(), withPeople(NETWORK_MAP_DONE), buildSampleWorkbook(40, NOW)])
      for (const w of WORKSHEETS) {
        const p = w.progress(doc);
        if (p.done) expect(p.started, w.id).toBe(true);
      }
  });

  it('counts the network map started with 1 person and done with 15, as step 1 asks', () => {
    expect(NETWORK_MAP_DONE).toBe(15);
    expect(worksheetProgress('network-map', withPeople(1))).toBe('started');
    expect(worksheetProgress('network-map', withPeople(NETWORK_MAP_DONE - 1))).toBe('started');
    expect(worksheetByIdSummary('network-map', withPeople(4))).toBe('4 people on your list. Add at least 15.');
    expect(worksheetProgress('network-map', withPeople(NETWORK_MAP_DONE))).toBe('done');
    expect(worksheetByIdSummary('network-map', withPeople(NETWORK_MAP_DONE))).toBe('15 people on your list.');
  });

  it('counts places done when two are chosen to try, and started by a person met at a place', () => {
    expect(PLACES_DONE).toBe(2);
    expect(worksheetProgress('places-to-meet', { ...empty(), places: [place('a', true)] })).toBe('started');
    const twoPlaces = { ...empty(), places: [place('a', true), place('b', true)] };
    expect(worksheetProgress('places-to-meet', twoPlaces)).toBe('done');
    expect(worksheetByIdSummary('places-to-meet', twoPlaces)).toBe('2 places marked to try.');
    const met = workbookWith([contact('a', 'A', { sourcePlaceId: 'fair' })]);
    expect(worksheetProgress('places-to-meet', met)).toBe('started');
  });

  it('counts a pitch done only when all four parts are written, and a new empty version started', () => {
    expect(worksheetProgress('pitch-builder', empty())).toBe('not-started');
    const blank = { ...empty(), pitches: [pitch({ now: '  ' })] };
    expect(worksheetProgress('pitch-builder', blank)).toBe('started');
    expect(worksheetByIdSummary('pitch-builder', blank)).toBe('No pitch written yet.');
    const part = { ...empty(), pitches: [pitch({ now: 'I study biology.' })] };
    expect(worksheetProgress('pitch-builder', part)).toBe('started');
    expect(worksheetByIdSummary('pitch-builder', part)).toBe('No pitch has all four parts yet.');
    expect(worksheetProgress('pitch-builder', { ...empty(), pitches: [pitch(FULL_PITCH)] })).toBe('done');
  });

  it('counts goals done with a goal and a top five (fewer when the list is shorter)', () => {
    const doc = withPeople(6);
    const withGoal = { ...doc, goals: { ...doc.goals, fields: 'Public health' } };
    expect(worksheetProgress('goals', withGoal)).toBe('started');
    const top = doc.contacts.map((c, i) => ({ ...c, topFive: i < 5 }));
    expect(worksheetProgress('goals', { ...withGoal, contacts: top })).toBe('done');
    expect(worksheetProgress('goals', { ...doc, contacts: top })).toBe('started');
    const three = withPeople(3);
    const allThree = { ...three, contacts: three.contacts.map((c) => ({ ...c, topFive: true })) };
    expect(worksheetProgress('goals', { ...allThree, goals: { ...three.goals, wants: ['skill'] } })).toBe('done');
  });

  it('counts a thank-you sent from the worksheet or marked in the tracker, as the worksheet shows it', () => {
    const tracked = workbookWith([contact('a', 'A', { status: 'thanked', thankedAt: '2026-02-20' })]);
    expect(worksheetProgress('thank-you', tracked)).toBe('done');
    expect(worksheetByIdSummary('thank-you', tracked)).toBe('1 thank-you sent.');
    const drafted = workbookWith([contact('a', 'A')], {
      thankYous: [{ id: 't', contactId: 'a', learned: 'A lot', action: '', thanks: '', sentAt: '' }],
    });
    expect(worksheetProgress('thank-you', drafted)).toBe('started');
  });

  it('counts the contact tracker done once someone you talked with has a date to get in touch again', () => {
    expect(worksheetProgress('contact-tracker', workbookWith([contact('a', 'A', { status: 'reached-out' })]))).toBe(
      'started',
    );
    const planned = workbookWith([contact('a', 'A', { status: 'met', nextContactAt: '2026-04-01' })]);
    expect(worksheetProgress('contact-tracker', planned)).toBe('done');
  });

  it('shows the sample workbook as under way everywhere', () => {
    const sample = buildSampleWorkbook(40, NOW);
    for (const id of WORKSHEET_IDS) expect(worksheetProgress(id, sample), id).not.toBe('not-started');
    expect(worksheetProgress('network-map', sample)).toBe('done');
  });

  it('counts the dashboard done when every worksheet of steps 1 to 6 is done', () => {
    const sample = buildSampleWorkbook(40, NOW);
    const others = WORKSHEETS.filter((w) => w.step < 7);
    expect(worksheetProgress('dashboard', sample)).toBe(
      others.every((w) => worksheetProgress(w.id, sample) === 'done') ? 'done' : 'started',
    );
    expect(worksheetByIdSummary('dashboard', withPeople(NETWORK_MAP_DONE))).toBe(
      `1 of ${others.length} worksheets of steps 1 to 6 done.`,
    );
  });

  it('counts the dashboard started once a weekly time or goal is chosen, with nothing else done', () => {
    expect(worksheetProgress('dashboard', empty())).toBe('not-started');
    const routine = empty().routine;
    for (const chosen of [{ day: 'TU' }, { time: '09:30' }, { minutes: 30 }, { goal: 2 }] as const) {
      const doc = { ...empty(), routine: { ...routine, ...chosen } } as Workbook;
      expect(worksheetProgress('dashboard', doc), JSON.stringify(chosen)).toBe('started');
    }
    // The step path reads stored workbooks unvalidated: one saved before the routine existed has none.
    const { routine: _none, ...older } = empty();
    expect(worksheetProgress('dashboard', older as Workbook)).toBe('not-started');
  });
});

describe('progress of several worksheets and of a step', () => {
  it('combines worksheets: done when all are done, started when any is', () => {
    const doc = withPeople(NETWORK_MAP_DONE);
    expect(combinedProgress([], doc)).toBeUndefined();
    expect(combinedProgress(['network-map'], doc)).toBe('done');
    expect(combinedProgress(['network-map', 'goals'], doc)).toBe('started');
    expect(combinedProgress(['outreach', 'thank-you'], doc)).toBe('not-started');
  });

  it('gives a one-worksheet step its worksheet’s state and summary', () => {
    const step1 = stepProgress(1, withPeople(3));
    expect(step1).toMatchObject({ step: 1, state: 'started', summary: '3 people on your list. Add at least 15.' });
    expect(step1.worksheets.map((w) => w.id)).toEqual(['network-map']);
  });

  it('says how many worksheets of a longer step are done and what the next one holds', () => {
    const doc = workbookWith([contact('a', 'A')], {
      outreach: [{ ...blankDraft('a'), id: 'o', subject: 'Hello', sentAt: '2026-02-20' }],
    });
    const step5 = stepProgress(5, doc);
    expect(step5.worksheets.map((w) => w.id)).toEqual([
      'outreach',
      'interview-prep',
      'conversation-card',
      'interview-notes',
    ]);
    expect(step5.state).toBe('started');
    expect(step5.summary).toBe('1 of 4 worksheets done. No preparation has a person and 5 questions yet.');
    expect(stepProgress(5, empty()).state).toBe('not-started');
  });
});

/** A worksheet's summary sentence for a workbook. */
function worksheetByIdSummary(id: (typeof WORKSHEET_IDS)[number], doc: Workbook): string {
  return worksheetById(id).progress(doc).summary;
}

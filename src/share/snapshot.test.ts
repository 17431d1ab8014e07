import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankContact, emptyWorkbook, MAX_NAME, MAX_TEXT, type Workbook } from '../workbook/model';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { workbookArb } from '../workbook/test-arbitraries';
import {
  buildSnapshot,
  defaultChoices,
  holdsPrivateParts,
  initials,
  SHARE_PARTS,
  type ShareChoices,
  type ShareDetails,
} from './snapshot';
import { MAX_SHARED_ORGS, MAX_SHARED_TARGETS, SnapshotSchema } from './snapshot-schema';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const NO_DETAILS: ShareDetails = { name: '', studies: '', questions: '' };
const DETAILS: ShareDetails = {
  name: ' Tomás Reyes ',
  studies: 'Third year, environmental science',
  questions: 'Is a certificate worth it?',
};
const SAMPLE = buildSampleWorkbook(20, NOW);

const choicesArb: fc.Arbitrary<ShareChoices> = fc.record({
  ...Object.fromEntries(SHARE_PARTS.map((part) => [part, fc.boolean()])),
  fullNames: fc.boolean(),
}) as fc.Arbitrary<ShareChoices>;

describe('defaultChoices and holdsPrivateParts', () => {
  it('start with every part but interview notes, and names as initials', () => {
    const choices = defaultChoices();
    expect(SHARE_PARTS.filter((p) => !choices[p])).toEqual(['interviewNotes']);
    expect(choices.fullNames).toBe(false);
    expect(holdsPrivateParts(choices)).toBe(false);
  });

  it('count full names and interview notes as private', () => {
    expect(holdsPrivateParts({ ...defaultChoices(), fullNames: true })).toBe(true);
    expect(holdsPrivateParts({ ...defaultChoices(), interviewNotes: true })).toBe(true);
  });
});

describe('initials', () => {
  it('take the first letter of up to three words', () => {
    expect(initials('Maria Okafor 3')).toBe('M. O.');
    expect(initials('josé de la cruz')).toBe('J. D. L.');
    expect(initials('  Dr. Chen ')).toBe('D. C.');
    expect(initials('“Sam” Lee')).toBe('S. L.');
    expect(initials('Øyvind Ærø')).toBe('Ø. Æ.');
  });

  it('give "?" when there is no letter', () => {
    expect(initials('😀 42')).toBe('?');
    expect(initials('   ')).toBe('?');
  });
});

describe('buildSnapshot', () => {
  it('makes the typical summary: the time, goals, top five in initials, pitches, counts, actions and plans', () => {
    const s = buildSnapshot(SAMPLE, defaultChoices(), DETAILS, NOW);
    expect(s.sharedAt).toBe(NOW.toISOString());
    expect(s.fullNames).toBe(false);
    expect(s.about).toEqual({ name: 'Tomás Reyes', studies: 'Third year, environmental science' });
    const { wants, fields, organizations, questions, goal } = SAMPLE.goals;
    expect(s.goals).toEqual({
      wants,
      fields,
      organizations,
      questions,
      goal,
      targets: [
        { count: 3, who: 'water quality', by: '2025-05-01' },
        { count: 1, who: 'at the River Trust', by: '2025-05-31' },
      ],
    });
    // Maria Okafor 0, Sam Lee 1, Priya Raman 2, Chris Alvarez 3 and José Nguyen 4, in priority order.
    expect(s.topFive?.map((p) => p.name).sort()).toEqual(['C. A.', 'J. N.', 'M. O.', 'P. R.', 'S. L.']);
    expect(s.topFive?.find((p) => p.name === 'M. O.')).toEqual({
      name: 'M. O.',
      org: 'County Water Quality Lab',
      status: 'not-contacted',
    });
    expect(s.pitches?.map((p) => p.name)).toEqual(['Pitch 1', 'Pitch 2', 'Pitch 3']);
    expect(s.pitches?.[0]).not.toHaveProperty('id');
    expect(Object.values(s.statusCounts ?? {}).reduce((a, b) => a + b, 0)).toBe(20);
    expect(s.nextActions?.length).toBeGreaterThan(0);
    expect(s.questions).toBe('Is a certificate worth it?');
    expect(s.interviewNotes).toBeUndefined();
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('never shows a full name unless full names are on', () => {
    const text = JSON.stringify(buildSnapshot(SAMPLE, { ...defaultChoices(), interviewNotes: true }, DETAILS, NOW));
    for (const c of SAMPLE.contacts) expect(text).not.toContain(c.name);
    const full = JSON.stringify(
      buildSnapshot(SAMPLE, { ...defaultChoices(), interviewNotes: true, fullNames: true }, DETAILS, NOW),
    );
    expect(full).toContain(SAMPLE.contacts[0]?.name);
  });

  it('shares interview notes, and the next steps written in them, only when notes are on', () => {
    const doc: Workbook = {
      ...emptyWorkbook(NOW),
      contacts: [{ ...blankContact('c1', 'Sam Lee'), status: 'met', metAt: '2025-02-25' }],
      interviews: [
        {
          id: 'n1',
          contactId: 'c1',
          date: '2025-02-25',
          learned: 'Audits take a week.',
          fit: '',
          explore: '',
          nextSteps: [{ id: 's1', text: 'Apply to the audit course', due: '2025-03-03', done: false }],
        },
      ],
    };
    const without = buildSnapshot(doc, defaultChoices(), NO_DETAILS, NOW);
    expect(without.interviewNotes).toBeUndefined();
    expect(JSON.stringify(without)).not.toContain('audit course');
    const withNotes = buildSnapshot(doc, { ...defaultChoices(), interviewNotes: true }, NO_DETAILS, NOW);
    expect(withNotes.interviewNotes).toEqual([
      { name: 'S. L.', date: '2025-02-25', learned: 'Audits take a week.', fit: '', explore: '' },
    ]);
    expect(withNotes.nextActions?.map((a) => a.title)).toContain('Next step: Apply to the audit course');
  });

  it('leaves out parts that are off, and parts with nothing in them', () => {
    const none = Object.fromEntries(SHARE_PARTS.map((p) => [p, false])) as ShareChoices;
    expect(buildSnapshot(SAMPLE, { ...none, fullNames: false }, DETAILS, NOW)).toEqual({
      sharedAt: NOW.toISOString(),
      fullNames: false,
    });
    const empty = buildSnapshot(emptyWorkbook(NOW), defaultChoices(), NO_DETAILS, NOW);
    expect(Object.keys(empty).sort()).toEqual(['fullNames', 'nextActions', 'sharedAt', 'statusCounts']);
    expect(empty.statusCounts).toEqual({});
    expect(empty.nextActions).toEqual([]);
  });

  it("shares step 3's goal sentence, targets and organizations in the student's ranking, without ids", () => {
    const org = (id: string, name: string, motivation: 0 | 1 | 2 | 3, posting = false) => ({
      id,
      name,
      alumni: false,
      advocacy: id === 'o2',
      motivation,
      posting,
    });
    const goals = {
      ...emptyWorkbook(NOW).goals,
      goal: '  Work in water policy.  ',
      targets: [
        { id: 't1', count: 0, who: '', by: '' },
        { id: 't2', count: 2, who: ' at the River Trust ', by: '2025-04-01' },
      ],
      orgList: [org('o1', 'Acme', 1), org('o2', '  River   Trust ', 3), org('o3', 'City Lab', 3, true)],
    };
    const s = buildSnapshot({ ...emptyWorkbook(NOW), goals }, defaultChoices(), NO_DETAILS, NOW);
    expect(s.goals).toEqual({
      wants: [],
      fields: '',
      organizations: '',
      questions: '',
      goal: 'Work in water policy.',
      // The empty target says nothing and is left out.
      targets: [{ count: 2, who: 'at the River Trust', by: '2025-04-01' }],
      // Most interest first, then hiring now: the order of "Your ranking".
      orgList: [
        { name: 'City Lab', alumni: false, advocacy: false, motivation: 3, posting: true },
        { name: 'River Trust', alumni: false, advocacy: true, motivation: 3, posting: false },
        { name: 'Acme', alumni: false, advocacy: false, motivation: 1, posting: false },
      ],
    });
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('shares a goals part that holds only a goal sentence, only targets or only organizations', () => {
    const base = emptyWorkbook(NOW);
    const only = (goals: Partial<Workbook['goals']>) =>
      buildSnapshot({ ...base, goals: { ...base.goals, ...goals } }, defaultChoices(), NO_DETAILS, NOW).goals;
    expect(only({ goal: 'Work in water policy.' })?.goal).toBe('Work in water policy.');
    expect(only({ targets: [{ id: 't1', count: 3, who: '', by: '' }] })?.targets).toEqual([
      { count: 3, who: '', by: '' },
    ]);
    const orgList = [{ id: 'o1', name: 'Acme', alumni: true, advocacy: false, motivation: 0 as const, posting: false }];
    expect(only({ orgList })?.orgList).toEqual([
      { name: 'Acme', alumni: true, advocacy: false, motivation: 0, posting: false },
    ]);
    // Blank text and an empty target are nothing to share; the part is off: nothing either.
    expect(only({ goal: '   ', targets: [{ id: 't1', count: 0, who: ' ', by: '' }] })).toBeUndefined();
    const off = { ...defaultChoices(), goals: false };
    expect(buildSnapshot({ ...base, goals: { ...base.goals, orgList } }, off, NO_DETAILS, NOW).goals).toBeUndefined();
  });

  it('lists at most the first targets and organizations, each text cut to its limit', () => {
    const long = 'x'.repeat(MAX_TEXT + 50);
    const goals = {
      ...emptyWorkbook(NOW).goals,
      goal: long,
      targets: Array.from({ length: MAX_SHARED_TARGETS + 5 }, (_, i) => ({
        id: `t${i}`,
        count: i + 1,
        who: 'w'.repeat(MAX_NAME + 10),
        by: '',
      })),
      orgList: Array.from({ length: MAX_SHARED_ORGS + 5 }, (_, i) => ({
        id: `o${i}`,
        name: `${'n'.repeat(MAX_NAME + 10)}${i}`,
        alumni: false,
        advocacy: false,
        motivation: (i < 3 ? 0 : 2) as 0 | 2,
        posting: false,
      })),
    };
    const s = buildSnapshot({ ...emptyWorkbook(NOW), goals }, defaultChoices(), NO_DETAILS, NOW);
    expect(s.goals?.goal).toHaveLength(MAX_TEXT);
    expect(s.goals?.targets?.map((t) => t.count)).toEqual(Array.from({ length: MAX_SHARED_TARGETS }, (_, i) => i + 1));
    expect(s.goals?.targets?.every((t) => t.who.length === MAX_NAME)).toBe(true);
    // The first ones in the ranking: the three not rated are ranked last and left out.
    expect(s.goals?.orgList).toHaveLength(MAX_SHARED_ORGS);
    expect(s.goals?.orgList?.every((o) => o.motivation === 2 && o.name.length === MAX_NAME)).toBe(true);
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('reports on saved plans by the guide items they name, or on the plan it is given', () => {
    const doc: Workbook = {
      ...SAMPLE,
      plans: [
        {
          id: 'plan-a',
          savedAt: NOW.toISOString(),
          note: 'Bring your list.',
          items: ['/steps/identify-your-networks/#network-map', '/steps/elevator-pitch/#what-a-pitch-is', '/gone/'],
          meetingDate: '2025-03-10',
        },
      ],
    };
    expect(buildSnapshot(doc, defaultChoices(), NO_DETAILS, NOW).plans).toEqual([
      {
        note: 'Bring your list.',
        meetingDate: '2025-03-10',
        items: [
          { title: 'Your network map', href: '/steps/identify-your-networks/#network-map', state: 'done' },
          { title: 'What an elevator pitch is', href: '/steps/elevator-pitch/#what-a-pitch-is', state: 'read' },
        ],
      },
    ]);
    const given = [{ note: '', meetingDate: '', items: [] }];
    expect(buildSnapshot(doc, defaultChoices(), NO_DETAILS, NOW, { plans: given }).plans).toEqual(given);
  });

  it('makes a valid summary from any valid workbook and any choices (property)', () => {
    fc.assert(
      fc.property(workbookArb, choicesArb, fc.string({ maxLength: 300 }), (doc, choices, typed) => {
        const snapshot = buildSnapshot(doc, choices, { name: typed, studies: typed, questions: typed }, NOW);
        expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
        if (!choices.fullNames) for (const c of snapshot.topFive ?? []) expect(c.name).toMatch(/^(\?|(\S\. ?){1,3})$/u);
      }),
      { numRuns: 200 },
    );
  });
});

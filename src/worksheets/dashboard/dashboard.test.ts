import { describe, expect, it } from 'vitest';
import { emptyGoals } from '../../workbook/model';
import { blankDraft } from '../outreach/drafts';
import { contact, workbookWith } from '../shared/follow-up/fixtures';
import { hasIntroductions } from './has-introductions';
import { nextActions } from './next-actions';
import { STATE_WORDS, stepProgress, stepsDone } from './progress';
import { countPeople, type ReferralNode, referralTree } from './referrals';

const today = '2026-11-25';

/** A tree as nested [name, note?, children] for readable expectations. */
function shape(nodes: readonly ReferralNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? [n.name, n.note ?? '', shape(n.children)] : [n.name, n.note ?? '']));
}

/** Every node, nested and flat, in order. */
function flatten(nodes: readonly ReferralNode[]): ReferralNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children), ...n.continued]);
}

describe('progress through the seven steps', () => {
  it('starts with nothing done and step 7 "keep going"', () => {
    const steps = stepProgress(workbookWith([]));
    expect(steps.map((s) => s.state)).toEqual([
      'not-started',
      'not-started',
      'not-started',
      'not-started',
      'not-started',
      'not-started',
      'ongoing',
    ]);
    expect(steps.map((s) => s.href)).toEqual([
      '/steps/identify-your-networks/#network-map',
      '/steps/expand-your-list/#places-to-meet',
      '/steps/assess-your-goals/#goals',
      '/steps/elevator-pitch/#pitch-builder',
      '/steps/make-contact/#outreach',
      '/steps/follow-up/#contact-tracker',
      '/steps/repeat/#weekly-routine',
    ]);
    expect(STATE_WORDS.ongoing).toBe('Keep going');
  });

  it('marks a step done when all its worksheets are done, each by its rule in the registry', () => {
    const people = Array.from({ length: 15 }, (_, i) => contact(`p${i}`, `P${i}`, { topFive: i < 5 }));
    let steps = stepProgress(workbookWith(people.slice(5, 9)));
    expect(steps[0]).toMatchObject({ state: 'started', summary: '4 people on your list. Add at least 15.' });

    people[5] = contact('p5', 'P5', { status: 'met', metAt: '2026-11-20', nextContactAt: '2026-12-20' });
    people[6] = contact('p6', 'P6', { status: 'thanked', thankedAt: '2026-11-21' });
    const doc = workbookWith(people);
    doc.places = ['fair', 'club'].map((id) => ({
      id,
      name: id,
      kind: 'campus',
      custom: false,
      tryIt: true,
      date: '',
      notes: '',
    }));
    doc.goals = { ...emptyGoals(), wants: [], fields: 'Public health', organizations: '', questions: '' };
    doc.pitches = [
      {
        id: 'x',
        name: 'Mine',
        audience: 'own',
        now: 'Now.',
        past: 'Past.',
        future: 'Next.',
        ask: 'How?',
        updatedAt: '',
      },
    ];
    doc.outreach = [{ ...blankDraft('p0'), id: 'o', subject: 'Hello', sentAt: '2026-11-10' }];
    const questions = Array.from({ length: 5 }, (_, i) => ({
      id: `q${i}`,
      text: `Question ${i}?`,
      theme: 'own' as const,
    }));
    const checklist = { person: false, organization: false, field: false, pitch: false, logistics: false };
    doc.preps = [{ id: 'r', contactId: 'p5', pitchId: '', meetingAt: '', checklist, questions }];
    doc.interviews = [
      {
        id: 'n',
        contactId: 'p5',
        date: '2026-11-20',
        learned: 'A lot.',
        fit: '',
        explore: '',
        nextSteps: [{ id: 's', text: 'Read the report', due: '', done: false }],
      },
    ];
    steps = stepProgress(doc);
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'ongoing']);
    expect(steps.map((s) => s.summary)).toEqual([
      '15 people on your list.',
      '2 places marked to try.',
      '5 people in your top five.',
      '1 pitch version with all four parts.',
      '4 of 4 worksheets done.',
      '2 of 2 worksheets done.',
      'Networking is a habit: set a weekly time and keep meeting people.',
    ]);
    expect(stepsDone(steps)).toBe(6);

    // One worksheet of step 5 left undone leaves the step started.
    doc.interviews = [];
    steps = stepProgress(doc);
    expect(steps[4]).toMatchObject({
      state: 'started',
      summary: '3 of 4 worksheets done. No notes with what you learned and a next step yet.',
    });
    expect(stepsDone(steps)).toBe(5);
  });

  it('counts a new pitch version, goals without a top five and a next contact date as started only', () => {
    const doc = workbookWith([contact('a', 'A', { nextContactAt: '2026-12-01' })]);
    doc.pitches = [{ id: 'x', name: 'Mine', audience: 'own', now: ' ', past: '', future: '', ask: '', updatedAt: '' }];
    doc.goals = { ...emptyGoals(), wants: ['skill'], fields: '', organizations: '', questions: '' };
    doc.places = [{ id: 'fair', name: 'Fair', kind: 'campus', custom: false, tryIt: false, date: '', notes: 'x' }];
    expect(stepProgress(doc).map((s) => s.state)).toEqual([
      'started',
      'started',
      'started',
      'started',
      'not-started',
      'started',
      'ongoing',
    ]);
  });
});

describe('the next five actions', () => {
  it('lists overdue and due items first, then top-five people, then what comes within a week', () => {
    const doc = workbookWith([
      contact('a', 'Ana', { nextContactAt: '2026-11-20' }),
      contact('b', 'Bo', { status: 'met', metAt: '2026-11-24' }),
      contact('c', 'Cy', { topFive: true }),
      contact('d', 'Di', { status: 'reached-out', reachedOutAt: '2026-11-23', org: 'Lab' }),
      contact('e', 'Ed', { nextContactAt: '2026-12-30' }),
      contact('f', 'Fay', { nextContactAt: '2026-12-02' }),
      contact('g', 'Gil', { topFive: true, status: 'reached-out' }),
    ]);
    doc.interviews = [
      {
        id: 'n1',
        contactId: 'b',
        date: '2026-11-24',
        learned: '',
        fit: '',
        explore: '',
        nextSteps: [
          { id: 's1', text: 'Ask my professor about a reference', due: '2026-11-25', done: false },
          { id: 's2', text: 'Done already', due: '2026-11-20', done: true },
          { id: 's3', text: 'Much later', due: '2027-03-01', done: false },
        ],
      },
    ];
    const { shown, total } = nextActions(doc, today);
    expect(shown.map((a) => [a.kind, a.due, a.title])).toEqual([
      ['next-contact', '2026-11-20', 'Get in touch with Ana'],
      ['thank-you', '2026-11-25', 'Send a thank-you to Bo'],
      ['next-step', '2026-11-25', 'Next step: Ask my professor about a reference'],
      ['top-five', '', 'Write to Cy'],
      ['second-person', '2026-11-26', 'Write to a second person at Lab'],
    ]);
    // Di's follow-up (Dec 2) and Fay (Dec 2) are within a week; Ed and the March step are not.
    expect(total).toBe(7);
    expect(shown[1]?.href).toBe('/steps/follow-up/?contact=b#thank-you');
    expect(shown[2]?.detail).toBe('From your talk with Bo.');
    expect(shown[3]?.href).toBe('/steps/make-contact/?contact=c#outreach');
  });

  it('is empty for an empty workbook', () => {
    expect(nextActions(workbookWith([]), today)).toEqual({ shown: [], total: 0 });
  });
});

describe('who introduced whom', () => {
  it('nests chains of introductions and leaves out people with none', () => {
    const tree = referralTree([
      contact('a', 'Ana'),
      contact('b', 'Bo', { referredBy: 'a' }),
      contact('c', 'Cy', { referredBy: 'b' }),
      contact('d', 'Di', { referredBy: 'a' }),
      contact('e', 'Ed'),
    ]);
    expect(shape(tree)).toEqual([
      [
        'Ana',
        '',
        [
          ['Bo', '', [['Cy', '']]],
          ['Di', ''],
        ],
      ],
    ]);
    expect(tree[0]?.children[0]?.children[0]?.depth).toBe(2);
    expect(countPeople(tree)).toBe(4);
  });

  it('shows a missing introducer and a self-introduction with a note', () => {
    const tree = referralTree([
      contact('a', 'Ana', { referredBy: 'gone' }),
      contact('b', 'Bo', { referredBy: 'a' }),
      contact('c', 'Cy', { referredBy: 'c' }),
    ]);
    expect(shape(tree)).toEqual([
      ['Ana', 'Introduced by someone no longer on your list.', [['Bo', '']]],
      ['Cy', 'Marked as introduced by themselves.'],
    ]);
  });

  it('shows loops once, with a marker where they close, and never recurses forever', () => {
    const tree = referralTree([
      contact('a', 'Ana', { referredBy: 'c' }),
      contact('b', 'Bo', { referredBy: 'a' }),
      contact('c', 'Cy', { referredBy: 'b' }),
      contact('d', 'Di', { referredBy: 'b' }),
      contact('x', 'Xi', { referredBy: 'y' }),
      contact('y', 'Yu', { referredBy: 'x' }),
    ]);
    const loop = 'The introductions go round in a loop, so this list starts here.';
    expect(shape(tree)).toEqual([
      [
        'Ana',
        loop,
        [
          [
            'Bo',
            '',
            [
              ['Cy', '', [['Ana', 'Already listed above: the introductions go round in a loop back to Ana.']]],
              ['Di', ''],
            ],
          ],
        ],
      ],
      ['Xi', loop, [['Yu', '', [['Xi', 'Already listed above: the introductions go round in a loop back to Xi.']]]]],
    ]);
    expect(countPeople(tree)).toBe(6);
    const keys: string[] = [];
    const walk = (ns: readonly ReferralNode[]) => {
      for (const n of ns) {
        keys.push(n.key);
        walk(n.children);
      }
    };
    walk(tree);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('nests 6 levels at most and lists a 500-long chain flat below that, in order, without recursion', () => {
    const chain = Array.from({ length: 500 }, (_, i) =>
      contact(`p${i}`, `P${i}`, { referredBy: i ? `p${i - 1}` : '' }),
    );
    const tree = referralTree(chain);
    expect(tree).toHaveLength(1);
    expect(countPeople(tree)).toBe(500);
    const all = flatten(tree);
    expect(Math.max(...all.map((n) => n.depth))).toBe(6);
    const deepest = all.find((n) => n.depth === 5);
    expect(deepest?.name).toBe('P5');
    expect(deepest?.children).toEqual([]);
    expect(deepest?.continued.map((n) => `${n.introducedBy}>${n.name}`).slice(0, 3)).toEqual([
      'P5>P6',
      'P6>P7',
      'P7>P8',
    ]);
    expect(deepest?.continued).toHaveLength(494);
  });

  it('keeps branches in list order in the flat part too', () => {
    const deep = Array.from({ length: 7 }, (_, i) => contact(`p${i}`, `P${i}`, { referredBy: i ? `p${i - 1}` : '' }));
    const tree = referralTree([
      ...deep,
      contact('a', 'A', { referredBy: 'p6' }),
      contact('b', 'B', { referredBy: 'p6' }),
      contact('c', 'C', { referredBy: 'a' }),
    ]);
    const deepest = flatten(tree).find((n) => n.depth === 5);
    expect(deepest?.continued.map((n) => `${n.introducedBy}>${n.name}`)).toEqual(['P5>P6', 'P6>A', 'A>C', 'P6>B']);
  });

  it('has something to show exactly when the tree has a chain (the dashboard loads the list only then)', () => {
    const lists = [
      [],
      [contact('a', 'Ana'), contact('b', 'Bo')],
      [contact('a', 'Ana'), contact('b', 'Bo', { referredBy: 'a' })],
      [contact('a', 'Ana', { referredBy: 'gone' })],
      [contact('c', 'Cy', { referredBy: 'c' })],
      [contact('x', 'Xi', { referredBy: 'y' }), contact('y', 'Yu', { referredBy: 'x' })],
    ];
    expect(lists.map(hasIntroductions)).toEqual([false, false, true, true, true, true]);
    for (const list of lists) expect(hasIntroductions(list)).toBe(referralTree(list).length > 0);
  });
});

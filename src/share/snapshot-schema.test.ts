import { describe, expect, it } from 'vitest';
import { MAX_SHARED_ORGS, MAX_SHARED_TARGETS, readSnapshot, type Snapshot } from './snapshot-schema';

const SNAPSHOT: Snapshot = {
  sharedAt: '2025-03-01T12:00:00.000Z',
  fullNames: false,
  goals: { wants: ['field'], fields: 'Water quality', organizations: '', questions: '' },
  topFive: [{ name: 'M. O.', org: 'River Trust', status: 'met' }],
  statusCounts: { met: 1, 'not-contacted': 4 },
  plans: [
    {
      note: 'Bring your list.',
      meetingDate: '2025-03-10',
      items: [{ title: 'Your network map', href: '/steps/identify-your-networks/#network-map', state: 'done' }],
    },
  ],
};

describe('readSnapshot', () => {
  it('reads a summary as it was made', () => {
    expect(readSnapshot(JSON.stringify(SNAPSHOT))).toEqual({ ok: true, snapshot: SNAPSHOT, leftOut: false });
  });

  it("opens a link made before step 3's goal, targets and organizations were shared exactly as before", () => {
    // The JSON of a summary made before: its goals have only the written parts.
    const old = `{"sharedAt":"2025-03-01T12:00:00.000Z","fullNames":false,"goals":{"wants":["field"],"fields":"Water quality","organizations":"River Trust","questions":""}}`;
    const read = readSnapshot(old);
    expect(read).toEqual({ ok: true, snapshot: JSON.parse(old), leftOut: false });
    // Nothing is added to the goals, not even empty new parts.
    expect(read.ok && Object.keys(read.snapshot.goals ?? {}).sort()).toEqual([
      'fields',
      'organizations',
      'questions',
      'wants',
    ]);
  });

  it('reads the goal sentence, targets and organizations, and leaves out goals that list too many', () => {
    const org = { name: 'River Trust', alumni: true, advocacy: false, motivation: 3, posting: true };
    const goals = {
      ...SNAPSHOT.goals,
      goal: 'Work in water policy.',
      targets: [{ count: 3, who: 'water quality', by: '2025-04-01' }],
      orgList: [org],
    };
    expect(readSnapshot(JSON.stringify({ ...SNAPSHOT, goals }))).toEqual({
      ok: true,
      snapshot: { ...SNAPSHOT, goals },
      leftOut: false,
    });
    const tooMany = { ...goals, orgList: Array.from({ length: MAX_SHARED_ORGS + 1 }, () => org) };
    const read = readSnapshot(JSON.stringify({ ...SNAPSHOT, goals: tooMany }));
    expect(read.ok && read.leftOut).toBe(true);
    expect(read.ok && read.snapshot.goals).toBeUndefined();
    const targets = Array.from({ length: MAX_SHARED_TARGETS + 1 }, () => goals.targets[0]);
    expect(readSnapshot(JSON.stringify({ ...SNAPSHOT, goals: { ...goals, targets } }))).toMatchObject({
      leftOut: true,
    });
  });

  it('reads nothing from text that is not a summary', () => {
    for (const text of ['', 'not json', '[]', '"text"', '{}', JSON.stringify({ ...SNAPSHOT, sharedAt: 'today' })])
      expect(readSnapshot(text), text).toEqual({ ok: false });
  });

  it('keeps the valid parts when one part is broken, and says so', () => {
    const broken = { ...SNAPSHOT, topFive: [{ name: 'M. O.', org: 'River Trust', status: 'ghosted' }] };
    const read = readSnapshot(JSON.stringify(broken));
    expect(read.ok && read.leftOut).toBe(true);
    expect(read.ok && read.snapshot.topFive).toBeUndefined();
    expect(read.ok && read.snapshot.goals).toEqual(SNAPSHOT.goals);
  });

  it('refuses plan links that are not addresses on this site', () => {
    for (const href of ['javascript:alert(1)', 'https://example.com/', '//example.com/x', '/a b/']) {
      const plans = [{ note: '', meetingDate: '', items: [{ title: 'X', href, state: 'read' }] }];
      const read = readSnapshot(JSON.stringify({ ...SNAPSHOT, plans }));
      expect(read.ok && read.snapshot.plans, href).toBeUndefined();
    }
  });

  it('ignores fields it does not know, "__proto__" included', () => {
    const text = `{"__proto__":{"polluted":true},"sharedAt":"2025-03-01T12:00:00.000Z","fullNames":true,"extra":1}`;
    const read = readSnapshot(text);
    expect(read).toEqual({
      ok: true,
      snapshot: { sharedAt: '2025-03-01T12:00:00.000Z', fullNames: true },
      leftOut: false,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

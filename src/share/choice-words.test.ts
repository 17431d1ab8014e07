import { describe, expect, it } from 'vitest';
import { emptyWorkbook, type Workbook } from '../workbook/model';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { partChoices } from './choice-words';
import { SHARE_PARTS } from './snapshot';
import { MAX_SHARED_ORGS, MAX_SHARED_TARGETS } from './snapshot-schema';

const NOW = new Date('2025-03-01T12:00:00.000Z');

describe('partChoices', () => {
  it('offers every part once, in the order of the summary', () => {
    expect(partChoices(emptyWorkbook(NOW), 0, '2025-03-01').map((c) => c.part)).toEqual([...SHARE_PARTS]);
  });

  it('says what each part holds in the workbook now', () => {
    const hints = Object.fromEntries(
      partChoices(buildSampleWorkbook(20, NOW), 1, '2025-03-01').map((c) => [c.part, c.hint]),
    );
    expect(hints.topFive).toBe('You have 5 people. Names as you choose below.');
    expect(hints.pitches).toBe('You have 3 versions.');
    expect(hints.statusCounts).toBe('Numbers only, no names. You have 20 people.');
    expect(hints.plans).toBe('You have 1 plan.');
    expect(hints.nextActions).toBe('10 things to do in the next week, 6 of them late. The first 5 are shared.');
    const empty = Object.fromEntries(partChoices(emptyWorkbook(NOW), 0, '2025-03-01').map((c) => [c.part, c.hint]));
    expect(empty.goals).toBe('Nothing yet.');
    expect(empty.pitches).toBe('Nothing yet.');
    expect(empty.nextActions).toBe('Nothing is due in the next week.');
  });

  it("says what the goals part holds, step 3's targets and organizations alone included, and when a list is cut", () => {
    const goalsHint = (goals: Partial<Workbook['goals']>) => {
      const base = emptyWorkbook(NOW);
      const doc = { ...base, goals: { ...base.goals, ...goals } };
      return partChoices(doc, 0, '2025-03-01').find((c) => c.part === 'goals')?.hint;
    };
    const holds = 'Your main goal, targets with dates, ranked organizations, and what you wrote in step 3.';
    const org = (i: number) => ({
      id: `o${i}`,
      name: `Org ${i}`,
      alumni: false,
      advocacy: false,
      motivation: 0 as const,
      posting: false,
    });
    const target = (i: number) => ({ id: `t${i}`, count: 1, who: '', by: '' });
    expect(goalsHint({ goal: 'Work in water policy.' })).toBe(holds);
    expect(goalsHint({ orgList: [org(0)] })).toBe(holds);
    expect(goalsHint({ targets: [target(0)] })).toBe(holds);
    expect(
      goalsHint({
        targets: Array.from({ length: MAX_SHARED_TARGETS + 1 }, (_, i) => target(i)),
        orgList: Array.from({ length: MAX_SHARED_ORGS + 1 }, (_, i) => org(i)),
      }),
    ).toBe(
      `${holds} The first ${MAX_SHARED_TARGETS} targets are shared. The first ${MAX_SHARED_ORGS} organizations in your ranking are shared.`,
    );
  });
});

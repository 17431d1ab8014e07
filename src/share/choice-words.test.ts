import { describe, expect, it } from 'vitest';
import { emptyWorkbook } from '../workbook/model';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { partChoices } from './choice-words';
import { SHARE_PARTS } from './snapshot';

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
});

import { describe, expect, it } from 'vitest';
import { sentenceProblems } from '../../lib/sentence.test-helpers';
import { emptyWorkbook, type Target, type Workbook } from '../../workbook/schema';
import {
  addTarget,
  blankTarget,
  countFromText,
  removeTarget,
  restoreTarget,
  setGoalSentence,
  targetSentence,
  targetSentences,
  updateTarget,
} from './targets';

const NOW = new Date('2026-11-25T10:00:00Z');
const target = (extra: Partial<Target>): Target => ({ ...blankTarget('t1'), ...extra });

describe('targetSentence', () => {
  it('writes a count, who and a date through the one date formatter', () => {
    expect(targetSentence(target({ count: 3, who: 'UX research', by: '2027-02-15' }))).toBe(
      'Talk to 3 people in UX research by Mon 15 February 2027.',
    );
  });

  it('leaves out what is not filled in, and says nothing for an empty target', () => {
    expect(targetSentence(target({ count: 1 }))).toBe('Talk to 1 person.');
    expect(targetSentence(target({ who: 'nursing' }))).toBe('Talk to people in nursing.');
    expect(targetSentence(target({ by: '2027-03-31' }))).toBe('Talk to people by Wed 31 March 2027.');
    expect(targetSentence(target({}))).toBe('');
    expect(targetSentence(target({ who: ' ... ' }))).toBe('');
  });

  // Awkward things a student could type in "who", each with the sentence it must give.
  const AWKWARD: ReadonlyArray<readonly [string, string]> = [
    ['people in UX research', 'Talk to 3 people in UX research by Mon 15 February 2027.'],
    ['at Figma', 'Talk to 3 people at Figma by Mon 15 February 2027.'],
    ['who work in museums', 'Talk to 3 people who work in museums by Mon 15 February 2027.'],
    ['UX research.', 'Talk to 3 people in UX research by Mon 15 February 2027.'],
    ['marketing, ', 'Talk to 3 people in marketing by Mon 15 February 2027.'],
    ['at Acme Inc.', 'Talk to 3 people at Acme Inc. by Mon 15 February 2027.'],
    ['  data\n  journalism ', 'Talk to 3 people in data journalism by Mon 15 February 2027.'],
    ['Figma (design team)', 'Talk to 3 people in Figma (design team) by Mon 15 February 2027.'],
    ['public health?', 'Talk to 3 people in public health by Mon 15 February 2027.'],
    ['Figma (UX (design) intern)', 'Talk to 3 people in Figma by Mon 15 February 2027.'],
    ['Figma (UX intern', 'Talk to 3 people in Figma by Mon 15 February 2027.'],
    ['(not sure)', 'Talk to 3 people by Mon 15 February 2027.'],
    ['Intern at', 'Talk to 3 people in Intern by Mon 15 February 2027.'],
    ['“Figma”', 'Talk to 3 people in Figma by Mon 15 February 2027.'],
    ['🚀🚀', 'Talk to 3 people by Mon 15 February 2027.'],
  ];

  it.each(AWKWARD)('reads well with "%s" as who', (who, sentence) => {
    const words = targetSentence(target({ count: 3, who, by: '2027-02-15' }));
    expect(words).toBe(sentence);
    expect(sentenceProblems(words, [who.replace(/^people\s+/, '').replace(/[.,?\s]+$/, '')])).toEqual([]);
  });

  it('ends with one full stop when who ends with an abbreviation and no date follows', () => {
    expect(targetSentence(target({ count: 2, who: 'at Acme Inc.' }))).toBe('Talk to 2 people at Acme Inc.');
  });
});

describe('countFromText', () => {
  it('takes whole numbers up to 99, and an empty field as no count', () => {
    expect(countFromText(' 3 ')).toEqual({ ok: true, value: 3 });
    expect(countFromText('')).toEqual({ ok: true, value: 0 });
    expect(countFromText('99')).toEqual({ ok: true, value: 99 });
  });

  it.each(['three', '2.5', '-1', '100', '1e2'])('refuses "%s" with a message in words', (text) => {
    expect(countFromText(text)).toEqual({ ok: false, error: expect.stringContaining('whole number') });
  });
});

describe('changes to the goal and targets', () => {
  it('saves the goal sentence and leaves the workbook alone when it is unchanged', () => {
    const doc = setGoalSentence(emptyWorkbook(NOW), 'Learn what archivists do.');
    expect(doc.goals.goal).toBe('Learn what archivists do.');
    expect(setGoalSentence(doc, 'Learn what archivists do.')).toBe(doc);
  });

  it('adds, changes, removes and puts back targets; other targets stay the same objects', () => {
    let doc: Workbook = addTarget(emptyWorkbook(NOW), blankTarget('a'));
    doc = addTarget(doc, blankTarget('b'));
    const before = doc;
    doc = updateTarget(doc, 'b', { count: 2, who: 'law', by: '2027-01-10' });
    expect(doc.goals.targets[0]).toBe(before.goals.targets[0]);
    expect(updateTarget(doc, 'b', { count: 2 })).toBe(doc);
    expect(targetSentences(doc.goals)).toEqual(['Talk to 2 people in law by Sun 10 January 2027.']);
    const { doc: without, removed } = removeTarget(doc, 'a');
    expect(without.goals.targets.map((t) => t.id)).toEqual(['b']);
    if (!removed) throw new Error('nothing removed');
    expect(restoreTarget(without, removed).goals.targets.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('reads a workbook saved before targets existed as having none, and adds to it', () => {
    const doc = emptyWorkbook(NOW);
    const { targets: _, goal: __, ...older } = doc.goals;
    const old = { ...doc, goals: older } as Workbook;
    expect(targetSentences(old.goals)).toEqual([]);
    expect(addTarget(old, blankTarget('a')).goals.targets).toHaveLength(1);
    expect(setGoalSentence(old, '').goals).toBe(old.goals);
  });
});

// Step 3's goal in one sentence and its targets with dates ("talk to 3 people in UX research by
// Mon 15 February 2027"): the changes the worksheet makes, and the words every view writes
// (target-words.ts, re-exported here).

import { goalSentenceOf, targetsOf } from '../../workbook/goal-parts';
import { newId } from '../../workbook/ids';
import { MAX_TARGET_COUNT, type Target, type Workbook } from '../../workbook/model';
import { type Removed, removeById, restoreAt } from '../shared/list-undo';

/** A target with nothing filled in yet. */
export function blankTarget(id = newId('t')): Target {
  return { id, count: 0, who: '', by: '' };
}

/** Saves the goal sentence (unchanged text leaves the workbook as it is). */
export function setGoalSentence(doc: Workbook, text: string): Workbook {
  if (goalSentenceOf(doc.goals) === text) return doc;
  return { ...doc, goals: { ...doc.goals, goal: text } };
}

/** The workbook with the list of targets replaced. */
function withTargets(doc: Workbook, targets: Target[]): Workbook {
  return { ...doc, goals: { ...doc.goals, targets } };
}

/** Adds a target at the end of the list. */
export function addTarget(doc: Workbook, target: Target = blankTarget()): Workbook {
  return withTargets(doc, [...targetsOf(doc.goals), target]);
}

/** Changes parts of one target (the same workbook when nothing changes or the target is gone). */
export function updateTarget(doc: Workbook, id: string, patch: Partial<Omit<Target, 'id'>>): Workbook {
  const targets = targetsOf(doc.goals);
  const old = targets.find((t) => t.id === id);
  if (!old || Object.entries(patch).every(([key, value]) => old[key as keyof Target] === value)) return doc;
  return withTargets(
    doc,
    targets.map((t) => (t.id === id ? { ...t, ...patch } : t)),
  );
}

/** Removes one target; `removed` lets "Undo" put it back. */
export function removeTarget(doc: Workbook, id: string): { doc: Workbook; removed?: Removed<Target> } {
  const { list, removed } = removeById(targetsOf(doc.goals), id);
  return removed ? { doc: withTargets(doc, list), removed } : { doc };
}

/** Puts a removed target back where it was. */
export function restoreTarget(doc: Workbook, removed: Removed<Target>): Workbook {
  return withTargets(doc, restoreAt(targetsOf(doc.goals), removed));
}

/** A count as typed: a whole number from 0 to the limit ('' is 0, no count yet), or a message in words. */
export function countFromText(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const clean = text.trim();
  if (clean === '') return { ok: true, value: 0 };
  const value = Number(clean);
  if (!/^\d+$/.test(clean) || value > MAX_TARGET_COUNT)
    return { ok: false, error: `Enter a whole number of people from 1 to ${MAX_TARGET_COUNT}, or leave it empty.` };
  return { ok: true, value };
}

// The words of a target live apart, so the shared summary's page can say them without the rest.
export { targetSentence, targetSentences } from './target-words';

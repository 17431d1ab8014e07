// Step 3's goal in one sentence and its targets with dates ("talk to 3 people in UX research by
// Mon 15 February 2027"): the changes the worksheet makes, and the words every view writes
// (target-words.ts, re-exported here).

import { goalSentenceOf, targetsOf } from '../../workbook/goal-parts';
import { newId } from '../../workbook/ids';
import { MAX_TARGET_COUNT, type Target, type Workbook } from '../../workbook/model';
import { entityListChanges } from '../shared/entity-list';

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

/** The changes of one target: fields, removal (with what "Undo" needs) and putting it back. */
const targetChanges = entityListChanges<Target>((doc) => targetsOf(doc.goals), withTargets);

/** Changes parts of one target (the same workbook when nothing changes or it is gone). */
export const updateTarget = targetChanges.update;

/** Removes one target; `removed` lets "Undo" put it back where it was. */
export const removeTarget = targetChanges.remove;

/** Puts a removed target back where it was. */
export const restoreTarget = targetChanges.restore;

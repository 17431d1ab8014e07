// Step 3's goal in one sentence and its targets with dates ("talk to 3 people in UX research by
// Mon 15 February 2027"): the changes the worksheet makes, and the words every view writes
// (target-words.ts, re-exported here).

import { goalSentenceOf, targetsOf } from '../../workbook/goal-parts';
import { newId } from '../../workbook/ids';
import type { Target, Workbook } from '../../workbook/model';
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

// The count's check lives apart, so a target's fields can check it before the changes load.
export { countFromText } from './target-count';

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

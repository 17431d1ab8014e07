// Step 3's goal in one sentence and its targets with dates ("talk to 3 people in UX research by
// Mon 15 February 2027"): the changes the worksheet makes and the words every view writes.

import { formatDay } from '../../lib/days';
import { oneLine, trimEdges, withoutAsides } from '../../lib/sentence';
import { goalSentenceOf, targetsOf } from '../../workbook/goal-parts';
import { newId } from '../../workbook/ids';
import { type Goals, MAX_TARGET_COUNT, type Target, type Workbook } from '../../workbook/model';
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

/** Words that already say how the people relate to the field ("at Figma", "who teach"): no "in" is added. */
const LINKED = /^(?:in|at|from|of|on|with|who|working|doing|studying|within|inside|around|near|across)\b/iu;

/** True when every bracket pairs up and none is inside another ("UX (design)" yes, "UX (a (b))" no). */
function simpleBrackets(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

/** A word that needs something after it, left at the end ("Intern at"). */
const DANGLING = /\s+(?:at|in|with|by|from|of|for|to|and|or)$/iu;

/** Who a target is about, ready to follow "people": "in UX research", "at Figma" ('' when not written). */
function whoPart(who: string): string {
  // "people in UX research" typed in full: the sentence already says "people".
  const line = oneLine(who).replace(/^(?:people|persons?)\b\s*/iu, '');
  // Only an aside ("(not sure)"): nothing to say. Nested or unpaired brackets: the asides go.
  if (!/[\p{L}\p{N}]/u.test(withoutAsides(line))) return '';
  const clean = trimEdges(simpleBrackets(line) ? line : withoutAsides(line)).replace(DANGLING, '');
  if (!/[\p{L}\p{N}]/u.test(clean)) return '';
  return LINKED.test(clean) ? clean : `in ${clean}`;
}

/**
 * A target in words: "Talk to 3 people in UX research by Mon 15 February 2027." Parts not filled in
 * are left out ("Talk to 3 people."); '' when nothing is filled in.
 */
export function targetSentence(target: Omit<Target, 'id'>): string {
  const who = whoPart(target.who);
  if (target.count === 0 && !who && !target.by) return '';
  const people = target.count === 0 ? 'people' : target.count === 1 ? '1 person' : `${target.count} people`;
  const when = target.by ? `by ${formatDay(target.by)}` : '';
  const words = ['Talk to', people, who, when].filter(Boolean).join(' ');
  // "at Acme Inc." already ends with a full stop.
  return words.endsWith('.') ? words : `${words}.`;
}

/** The targets that say something, in words, in the order written. */
export function targetSentences(goals: Goals): string[] {
  return targetsOf(goals).map(targetSentence).filter(Boolean);
}

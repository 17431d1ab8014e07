// A target of step 3 in words ("Talk to 3 people in UX research by Mon 15 February 2027"), apart
// from the worksheet's changes so that My workbook, the export and the shared summary load only this.
import { formatDay } from '../../lib/days';
import { oneLine, trimEdges, withoutAsides } from '../../lib/sentence';
import { targetsOf } from '../../workbook/goal-parts';
import type { Goals, Target } from '../../workbook/model';

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
 * A shared target has no id; one saved in the workbook has.
 */
export function targetSentence(target: Omit<Target, 'id'> & { id?: string }): string {
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

// What can be wrong with a plan link, in words for the student: loaded by the plan page only for a
// link that has a problem (a rare state); decodePlan reads a plan with them.
import { type DecodedPlan, MAX_ITEMS, MAX_NOTE, type PlanProblemKind, readPlan } from './codec';

const MESSAGES = {
  empty: 'This link has no plan in it. Ask your advisor to send the whole link again.',
  notAPlan: 'This link is not a plan link, so there is nothing to show. Ask your advisor to send the link again.',
  newer:
    'This plan link was made by a newer version of the guide, so it cannot be read here. Ask your advisor to send it again.',
  damaged:
    'This link looks cut off or changed, so parts of the plan may be missing. Ask your advisor to send the whole link again.',
  markup: 'The note contains code, such as HTML tags. It is shown as plain text.',
  badDate: 'The meeting date in this link is not a real date, so it is not shown.',
  badTime: 'The meeting time in this link is not a real time, so it is not shown.',
  cutItem:
    'The end of the list in this link is missing, so the last item could not be read. Ask your advisor to send the whole link again.',
} as const;

/** The sentence for parts of a link that match nothing in the guide. */
function unknownMessage(count: number): string {
  return count === 1
    ? 'One item in this link does not match any part of the guide, so it is left out. The link may have been changed: ask your advisor to send it again.'
    : `${count} items in this link do not match any part of the guide, so they are left out. The link may have been changed: ask your advisor to send it again.`;
}

/** The sentence for parts of a plan that were taken out of the guide after the link was made. */
function removedMessage(count: number): string {
  return count === 1
    ? 'One part of this plan was taken out of the guide after your advisor made the link, so it is not listed.'
    : `${count} parts of this plan were taken out of the guide after your advisor made the link, so they are not listed.`;
}

/** What can be wrong on the plan page: a problem of the link, or its list of the guide's parts could not be read. */
export type PageProblemKind = PlanProblemKind | 'no-catalog';

/** The sentence for a plan whose items cannot be shown: the page could not read its list of the guide's parts. */
function noCatalogMessage(count: number): string {
  const items = count === 1 ? 'the one item' : `the ${count} items`;
  return `This page could not read its list of the guide’s sections and worksheets, so ${items} of your plan cannot be shown, saved or shared back here. Your link is fine: reload the page to try again.`;
}

/**
 * The sentence for one kind of problem; `count` is how many items match nothing (unknown-items),
 * were removed (removed-items) or cannot be shown (no-catalog).
 */
export function problemWords(kind: PageProblemKind, count: number): string {
  switch (kind) {
    case 'empty':
      return MESSAGES.empty;
    case 'not-a-plan':
      return MESSAGES.notAPlan;
    case 'newer-version':
      return MESSAGES.newer;
    case 'damaged':
      return MESSAGES.damaged;
    case 'unknown-items':
      return unknownMessage(count);
    case 'removed-items':
      return removedMessage(count);
    case 'cut-item':
      return MESSAGES.cutItem;
    case 'too-many-items':
      return `This link lists more than ${MAX_ITEMS} items. Only the first ${MAX_ITEMS} are shown.`;
    case 'note-too-long':
      return `The note was longer than ${MAX_NOTE} characters, so it is cut short.`;
    case 'note-markup':
      return MESSAGES.markup;
    case 'bad-date':
      return MESSAGES.badDate;
    case 'bad-time':
      return MESSAGES.badTime;
    case 'no-catalog':
      return noCatalogMessage(count);
  }
}

/**
 * Reads a plan from a link fragment ("#v1.…" or "v1.…"). It never throws: whatever cannot be
 * read is left out, and each problem is described in `problems`, in words.
 * @param isKnown whether a code names a section, worksheet or page of the guide
 */
export function decodePlan(fragment: string, isKnown: (code: string) => boolean): DecodedPlan {
  const plan = readPlan(fragment, isKnown);
  const count = plan.unknown.length;
  return { ...plan, problems: plan.problems.map((kind) => ({ kind, message: problemWords(kind, count) })) };
}

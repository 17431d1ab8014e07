// Every follow-up the workbook asks for, in one list: the tracker's calendar export and the
// dashboard's "next five actions" are both views of it.

import { type Day, formatDay, isDay } from '../../../lib/days';
import { nameAtOrg, orgName } from '../../../lib/org-name';
import { personName, say } from '../../../lib/sentence';
import type { Contact, Workbook } from '../../../workbook/model';
import { worksheetPath } from '../../addresses';
import { compareNames } from '../compare-names';
import { thankYouDue, thankYouPending, threeBSeven } from './due-rules';

/** What an action asks the student to do. */
export type ActionKind = 'thank-you' | 'follow-up' | 'second-person' | 'next-contact' | 'next-step' | 'top-five';

/** Which kind comes first when two actions fall on the same day. */
const KIND_ORDER: Readonly<Record<ActionKind, number>> = {
  'thank-you': 0,
  'follow-up': 1,
  'second-person': 2,
  'next-contact': 3,
  'next-step': 4,
  'top-five': 5,
};

/** One thing to do, with when and where to do it. */
export interface FollowUpAction {
  /** Stable and unique: it becomes the calendar event's UID. */
  key: string;
  kind: ActionKind;
  contactId: string;
  /** When it is due; '' when there is no date (do it now). */
  due: Day;
  title: string;
  detail: string;
  /** The page and worksheet where the student acts on it. */
  href: string;
}

/** The longest next-step text kept in an action's title. */
const TITLE_TEXT = 80;

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max = TITLE_TEXT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The link to the thank-you builder with one person chosen. */
export function thankYouHref(contactId: string): string {
  return worksheetPath('thank-you', contactId);
}

/** A person's name for a sentence, or "this person" when nothing readable is left. */
export const nameOf = (c: Pick<Contact, 'name'>): string => personName(c.name) || 'this person';

/** "Sam Lee at Figma", or the name alone when the organization field does not name one. */
const whoAt = (c: Contact): string => nameAtOrg(c.name, c.org) || 'this person';

/** Where to find a second person: "at Figma", or "at the same organization as Sam Lee". */
export function secondPersonPlace(c: Contact): string {
  const org = orgName(c.org);
  return org ? say`at ${org}` : say`at the same organization as ${nameOf(c)}`;
}

/** An action before its words are written: enough to sort and count it (see firstActions). */
interface ActionDraft {
  kind: ActionKind;
  due: Day;
  /** Writes the action's words: the costly part with thousands of people. */
  make: () => FollowUpAction;
}

/** Every follow-up the workbook holds, unsorted and without words yet. */
function actionDrafts(doc: Workbook, today: Day): ActionDraft[] {
  const tracker = worksheetPath('contact-tracker');
  const out: ActionDraft[] = [];
  const add = (kind: ActionKind, due: Day, make: () => FollowUpAction) => out.push({ kind, due, make });
  for (const c of doc.contacts) {
    if (thankYouPending(c)) {
      add('thank-you', thankYouDue(c), () => ({
        key: `${c.id}.thank-you`,
        kind: 'thank-you',
        contactId: c.id,
        due: thankYouDue(c),
        title: say`Send a thank-you to ${nameOf(c)}`,
        detail: c.metAt
          ? say`You met on ${formatDay(c.metAt)}.`
          : 'You met recently. Add the date you met in the tracker.',
        href: thankYouHref(c.id),
      }));
    }
    const routine = threeBSeven(c, today);
    if (routine && routine.step !== 'follow-up') {
      add('second-person', routine.secondPersonOn, () => ({
        key: `${c.id}.second-person`,
        kind: 'second-person',
        contactId: c.id,
        due: routine.secondPersonOn,
        title: say`Write to a second person ${secondPersonPlace(c)}`,
        detail: say`If ${nameOf(c)} has not replied 3 business days after you wrote on ${formatDay(c.reachedOutAt)}.`,
        href: tracker,
      }));
    }
    if (routine) {
      add('follow-up', routine.followUpOn, () => ({
        key: `${c.id}.follow-up`,
        kind: 'follow-up',
        contactId: c.id,
        due: routine.followUpOn,
        title: say`Send one follow-up to ${whoAt(c)}`,
        detail: say`If there is still no reply 7 business days after you wrote on ${formatDay(c.reachedOutAt)}.`,
        href: tracker,
      }));
    }
    if (isDay(c.nextContactAt) && c.status !== 'declined') {
      add('next-contact', c.nextContactAt, () => ({
        key: `${c.id}.next-contact`,
        kind: 'next-contact',
        contactId: c.id,
        due: c.nextContactAt,
        title: say`Get in touch with ${whoAt(c)}`,
        detail: 'The next contact date you set in the tracker.',
        href: tracker,
      }));
    }
    if (c.topFive && c.status === 'not-contacted') {
      add('top-five', '', () => ({
        key: `${c.id}.top-five`,
        kind: 'top-five',
        contactId: c.id,
        due: '',
        title: say`Write to ${whoAt(c)}`,
        detail: 'In your top five and not contacted yet.',
        href: worksheetPath('outreach', c.id),
      }));
    }
  }
  // Made when the first next step's words are written, not before.
  let people: Map<string, Contact> | undefined;
  const personOf = (id: string) => {
    people ??= new Map(doc.contacts.map((c) => [c.id, c]));
    return people.get(id);
  };
  for (const note of doc.interviews) {
    for (const step of note.nextSteps) {
      if (step.done || !isDay(step.due) || !step.text.trim()) continue;
      add('next-step', step.due, () => {
        const who = personOf(note.contactId);
        return {
          key: `${note.id}.${step.id}.next-step`,
          kind: 'next-step',
          contactId: note.contactId,
          due: step.due,
          title: say`Next step: ${shorten(step.text)}`,
          detail: who ? say`From your talk with ${nameOf(who)}.` : 'From your interview notes.',
          href: worksheetPath('interview-notes', note.contactId),
        };
      });
    }
  }
  return out;
}

/** Every follow-up the workbook holds, soonest first (undated ones count as today). */
export function followUpActions(doc: Workbook, today: Day): FollowUpAction[] {
  return actionDrafts(doc, today)
    .map((d) => d.make())
    .sort((a, b) => compareActions(a, b, today));
}

/** Orders drafts by day and kind only: the order of compareActions before its last rule (the titles). */
const compareDrafts = (a: ActionDraft, b: ActionDraft, today: Day): number => {
  const ad = a.due || today;
  const bd = b.due || today;
  if (ad !== bd) return ad < bd ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
};

/**
 * The first `limit` of the follow-ups that `keep` accepts, in followUpActions' order, and how many
 * it accepts in all. Only the first ones (and those tied with the last of them) get their words.
 */
export function firstActions(
  doc: Workbook,
  today: Day,
  keep: (a: Pick<FollowUpAction, 'kind' | 'due'>) => boolean,
  limit: number,
): { shown: FollowUpAction[]; total: number } {
  const kept = actionDrafts(doc, today)
    .filter(keep)
    .sort((a, b) => compareDrafts(a, b, today));
  let end = Math.min(limit, kept.length);
  // Drafts that tie with the last one shown on day and kind are ordered by their titles: write them all.
  const tied = (i: number) => {
    const [a, b] = [kept[i - 1], kept[i]];
    return !!a && !!b && compareDrafts(a, b, today) === 0;
  };
  while (end > 0 && end < kept.length && tied(end)) end++;
  const shown = kept
    .slice(0, end)
    .map((d) => d.make())
    .sort((a, b) => compareActions(a, b, today))
    .slice(0, limit);
  return { shown, total: kept.length };
}

/** Soonest first (no date counts as today), then by kind, then by title. */
export function compareActions(a: FollowUpAction, b: FollowUpAction, today: Day): number {
  const ad = a.due || today;
  const bd = b.due || today;
  if (ad !== bd) return ad < bd ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareNames(a.title, b.title);
}

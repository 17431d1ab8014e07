// What a student shares with an advisor: the parts they choose, built from the workbook into a
// summary (snapshot-schema.ts). Names are initials unless the student switches full names on;
// interview notes and full names are off at first, and a code is suggested whenever they are on.
import { MAX_ITEMS } from '../advisors/codec';
import { localDay } from '../lib/days';
import { goalSentenceOf, targetsOf } from '../workbook/goal-parts';
import {
  CONTACT_STATUSES,
  type ContactStatus,
  cleanName,
  type Goals,
  MAX_NAME,
  MAX_TEXT,
  type Workbook,
} from '../workbook/model';
import { nextActions } from '../worksheets/dashboard/next-actions';
import { rankedOrganizations } from '../worksheets/goals/organizations';
import { targetSentence } from '../worksheets/goals/target-words';
import { TOP_FIVE_LIMIT, topFive } from '../worksheets/shared/priorities/priorities';
import { savedPlanProgress } from './plan-progress';
import {
  MAX_LISTED,
  MAX_NOTES,
  MAX_SHARED_ORGS,
  MAX_SHARED_TARGETS,
  type SharedGoals,
  type SharedPlan,
  type Snapshot,
} from './snapshot-schema';

/** The parts a student can choose to share, in the order the summary shows them. */
export const SHARE_PARTS = [
  'about',
  'goals',
  'topFive',
  'pitches',
  'statusCounts',
  'nextActions',
  'plans',
  'questions',
  'interviewNotes',
] as const;
export type SharePart = (typeof SHARE_PARTS)[number];

/** What the student chose: each part, and whether names are shown in full. */
export type ShareChoices = Record<SharePart, boolean> & { fullNames: boolean };

/** What the student types only for sharing: who they are, and their questions for the advisor. */
export interface ShareDetails {
  name: string;
  studies: string;
  questions: string;
}

/** Every part on, except interview notes; names as initials. */
export function defaultChoices(): ShareChoices {
  const choices = Object.fromEntries(SHARE_PARTS.map((part) => [part, part !== 'interviewNotes']));
  return { ...(choices as Record<SharePart, boolean>), fullNames: false };
}

/** True when the choices share names or interview notes: then a code is on unless the student turns it off. */
export function holdsPrivateParts(choices: ShareChoices): boolean {
  return choices.fullNames || choices.interviewNotes;
}

/** Initials of a name: the first letter of up to three words, "Maria Okafor" → "M. O."; "?" when there is none. */
export function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((word) => Array.from(word).find((ch) => /\p{L}/u.test(ch)))
    .filter((ch): ch is string => ch !== undefined)
    .slice(0, 3);
  return letters.length ? letters.map((ch) => `${ch.toUpperCase()}.`).join(' ') : '?';
}

/** A workbook whose people carry the names the summary shows (initials, or full names trimmed). */
function withShownNames(doc: Workbook, fullNames: boolean): Workbook {
  return { ...doc, contacts: doc.contacts.map((c) => ({ ...c, name: fullNames ? c.name.trim() : initials(c.name) })) };
}

/** How many people are at each status, leaving out statuses nobody is at. */
function countByStatus(doc: Workbook): Partial<Record<ContactStatus, number>> {
  const counts: Partial<Record<ContactStatus, number>> = {};
  for (const status of CONTACT_STATUSES) {
    const n = doc.contacts.filter((c) => c.status === status).length;
    if (n > 0) counts[status] = n;
  }
  return counts;
}

/**
 * The goals as shared: the written goals, with step 3's goal sentence, the targets that say
 * something (the first MAX_SHARED_TARGETS) and the organizations in the student's ranking (the
 * first MAX_SHARED_ORGS), each text cut to its limit. Nothing when the student wrote nothing.
 */
export function sharedGoals(goals: Goals): SharedGoals | undefined {
  const { wants, fields, organizations, questions } = goals;
  const shared: SharedGoals = { wants: [...wants], fields, organizations, questions };
  const goal = goalSentenceOf(goals).trim().slice(0, MAX_TEXT);
  if (goal) shared.goal = goal;
  const targets = targetsOf(goals)
    .filter((t) => targetSentence(t))
    .slice(0, MAX_SHARED_TARGETS)
    .map(({ count, who, by }) => ({ count, who: who.trim().slice(0, MAX_NAME), by }));
  if (targets.length) shared.targets = targets;
  const orgs = rankedOrganizations(goals)
    .slice(0, MAX_SHARED_ORGS)
    .map(({ name, alumni, advocacy, motivation, posting }) => ({
      name: cleanName(name).slice(0, MAX_NAME),
      alumni,
      advocacy,
      motivation,
      posting,
    }));
  if (orgs.length) shared.orgList = orgs;
  const written = wants.length > 0 || [fields, organizations, questions].some((t) => t.trim());
  return written || goal || targets.length || orgs.length ? shared : undefined;
}

/** Options: the plans to report on instead of the saved ones (the plan page passes the plan it shows). */
export interface BuildOptions {
  plans?: SharedPlan[];
}

/**
 * The summary of a workbook for the chosen parts, made at `now`. A chosen part with nothing in
 * it is left out, except the counts and next actions, which say "none" in the summary.
 */
export function buildSnapshot(
  doc: Workbook,
  choices: ShareChoices,
  details: ShareDetails,
  now: Date,
  options: BuildOptions = {},
): Snapshot {
  const shown = withShownNames(doc, choices.fullNames);
  const snapshot: Snapshot = { sharedAt: now.toISOString(), fullNames: choices.fullNames };
  const name = details.name.trim().slice(0, MAX_NAME);
  const studies = details.studies.trim().slice(0, MAX_NAME);
  if (choices.about && (name || studies)) snapshot.about = { name, studies };
  const goals = choices.goals ? sharedGoals(doc.goals) : undefined;
  if (goals) snapshot.goals = goals;
  const top = topFive(shown).slice(0, TOP_FIVE_LIMIT);
  if (choices.topFive && top.length)
    snapshot.topFive = top.map((c) => ({ name: c.name, org: c.org.trim(), status: c.status }));
  if (choices.pitches && doc.pitches.length)
    snapshot.pitches = doc.pitches.slice(0, MAX_LISTED).map(({ name, audience, now: nowPart, past, future, ask }) => ({
      name,
      audience,
      now: nowPart,
      past,
      future,
      ask,
    }));
  if (choices.statusCounts) snapshot.statusCounts = countByStatus(doc);
  if (choices.nextActions) {
    // Next steps come from interview notes: they are shared only with the notes.
    const source = choices.interviewNotes ? shown : { ...shown, interviews: [] };
    snapshot.nextActions = nextActions(source, localDay(now)).shown.map((a) => ({ title: a.title, due: a.due }));
  }
  const plans = (options.plans ?? doc.plans.map((p) => savedPlanProgress(p, doc))).slice(0, MAX_LISTED);
  if (choices.plans && plans.length) snapshot.plans = plans.map((p) => ({ ...p, items: p.items.slice(0, MAX_ITEMS) }));
  const asked = details.questions.trim().slice(0, MAX_TEXT);
  if (choices.questions && asked) snapshot.questions = asked;
  if (choices.interviewNotes && doc.interviews.length) {
    const names = new Map(shown.contacts.map((c) => [c.id, c.name]));
    snapshot.interviewNotes = doc.interviews.slice(0, MAX_NOTES).map((note) => ({
      name: names.get(note.contactId) ?? '',
      date: note.date,
      learned: note.learned,
      fit: note.fit,
      explore: note.explore,
    }));
  }
  return snapshot;
}

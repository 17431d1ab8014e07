// The words of a shared summary, in the student's voice ("My goals", "My questions for you"), for
// the page the advisor reads, the student's preview of it and "Copy as text".

import { formatDay } from '../lib/days';
import { AUDIENCE_LABELS, STATUS_LABELS, WANT_LABELS } from '../workbook/labels';
import { CONTACT_STATUSES } from '../workbook/model';
import { countOf } from '../workbook/plural';
import { momentText } from '../workbook-ui/restore-words';
import { orgFacts, orgLabel } from '../worksheets/goals/org-words';
import { targetSentence } from '../worksheets/goals/target-words';
import { composePitch } from '../worksheets/shared/pitch/parts';
import type {
  PlanItemState,
  SharedAction,
  SharedGoals,
  SharedOrganization,
  SharedPitch,
  SharedPlan,
  Snapshot,
} from './snapshot-schema';

/** The heading of each part of a summary. */
export const PART_TITLES = {
  about: 'About me',
  goals: 'My goals',
  topFive: 'My top five people to contact',
  pitches: 'My elevator pitch',
  statusCounts: 'People on my list',
  nextActions: 'My next actions',
  plans: "My advisor's plan",
  questions: 'My questions for you',
  interviewNotes: 'My interview notes',
} as const;

/** The labels of the written goals. */
export const GOAL_LABELS = {
  goal: 'My main goal',
  wants: 'What I want from networking',
  fields: 'Fields that interest me',
  organizations: 'Organizations that interest me',
  questions: 'Questions I want answered',
} as const;

/** The headings of step 3's lists within the goals. */
export const GOAL_LIST_TITLES = {
  targets: 'My targets, with dates',
  orgList: 'Organizations I ranked, most interesting first',
} as const;

/** The targets in words, as step 3 writes them: "Talk to 3 people in UX research by Mon 15 February 2027." */
export function targetLines(goals: SharedGoals): string[] {
  return (goals.targets ?? []).map(targetSentence).filter(Boolean);
}

/** An organization in words, as My workbook lists it: "River Trust — Interest: High · Hiring now". */
export const orgLine = (org: SharedOrganization): string => `${orgLabel(org)} — ${orgFacts(org)}`;

/** The labels of an interview note. */
export const NOTE_LABELS = {
  learned: 'What I learned',
  fit: 'How it fits my goals',
  explore: 'What to explore next',
} as const;

/** Words for each state of a plan item. */
export const PLAN_STATE_WORDS: Readonly<Record<PlanItemState, string>> = {
  done: 'Done',
  started: 'Started',
  'not-started': 'Not started',
  read: 'To read',
};

/** "Shared on 5 March 2026 at 09:07." */
export function sharedOnText(snapshot: Snapshot): string {
  return `Shared on ${momentText(snapshot.sharedAt)}.`;
}

/** What the summary says about names. */
export function namesText(snapshot: Snapshot): string {
  return snapshot.fullNames ? 'Names are shown in full.' : 'Names are shown as initials.';
}

/** The wants of the goals in words: "Learn about a field; Find job or internship leads". */
export function wantsText(wants: readonly (keyof typeof WANT_LABELS)[]): string {
  return wants.map((w) => WANT_LABELS[w]).join('; ');
}

/** A pitch version's title: "Pitch 1 (for a recruiter)". */
export function pitchTitle(pitch: SharedPitch, index: number): string {
  const name = pitch.name.trim() || `Pitch ${index + 1}`;
  const audience = AUDIENCE_LABELS[pitch.audience];
  return `${name} (for ${audience.charAt(0).toLowerCase()}${audience.slice(1)})`;
}

/** The pitch as it is said. */
export const pitchText = (pitch: SharedPitch): string => composePitch(pitch) || 'Nothing written yet.';

/** The people by status, with how many in all: [["Not contacted yet", 3], …] and 20. */
export function statusRows(counts: NonNullable<Snapshot['statusCounts']>): { rows: [string, number][]; total: number } {
  const rows = CONTACT_STATUSES.filter((s) => (counts[s] ?? 0) > 0).map((s): [string, number] => [
    STATUS_LABELS[s],
    counts[s] ?? 0,
  ]);
  return { rows, total: rows.reduce((sum, [, n]) => sum + n, 0) };
}

/** "People on my list: 20 people." */
export const totalText = (total: number): string => (total ? countOf(total, 'person', 'people') : 'No one yet.');

/** When an action is due, in words: "by 5 March 2026", or "now". */
export const dueWords = (action: SharedAction): string => (action.due ? `by ${formatDay(action.due)}` : 'now');

/** "I have done 2 of 4 worksheets in this plan." (or '' when the plan has no worksheets). */
export function planDoneText(plan: SharedPlan): string {
  const tracked = plan.items.filter((i) => i.state !== 'read');
  if (!tracked.length) return '';
  const done = tracked.filter((i) => i.state === 'done').length;
  return `I have done ${done} of ${countOf(tracked.length, 'worksheet', 'worksheets')} in this plan.`;
}

/** "Talk with M. O. on 5 March 2026". */
export function noteTitle(note: { name: string; date: string }): string {
  const who = note.name ? `Talk with ${note.name}` : 'A talk';
  return note.date ? `${who} on ${formatDay(note.date)}` : who;
}

/** Lines of a labelled text that has something in it: "Label: text". */
function labelled(label: string, text: string): string[] {
  return text.trim() ? [`${label}: ${text.trim()}`] : [];
}

/** The whole summary as plain text, for "Copy as text": the same parts, in the same order, as the page. */
export function snapshotText(snapshot: Snapshot, siteName: string): string {
  const out: string[] = [`${siteName}: a shared workbook`, sharedOnText(snapshot), namesText(snapshot)];
  const part = (title: string, lines: string[]) => out.push('', title.toUpperCase(), ...lines);
  const { about, goals, topFive, pitches, statusCounts, nextActions, plans, questions, interviewNotes } = snapshot;
  if (about) part(PART_TITLES.about, [...labelled('Name', about.name), ...labelled('What I study', about.studies)]);
  if (goals) {
    const targets = targetLines(goals);
    const orgs = goals.orgList ?? [];
    part(PART_TITLES.goals, [
      ...labelled(GOAL_LABELS.goal, goals.goal ?? ''),
      ...labelled(GOAL_LABELS.wants, wantsText(goals.wants)),
      ...labelled(GOAL_LABELS.fields, goals.fields),
      ...labelled(GOAL_LABELS.organizations, goals.organizations),
      ...labelled(GOAL_LABELS.questions, goals.questions),
      ...(targets.length ? [`${GOAL_LIST_TITLES.targets}:`, ...targets.map((t) => `- ${t}`)] : []),
      ...(orgs.length ? [`${GOAL_LIST_TITLES.orgList}:`, ...orgs.map((o, i) => `${i + 1}. ${orgLine(o)}`)] : []),
    ]);
  }
  if (topFive)
    part(
      PART_TITLES.topFive,
      topFive.map((p, i) => `${i + 1}. ${[p.name, p.org, STATUS_LABELS[p.status]].filter(Boolean).join(', ')}`),
    );
  if (pitches)
    part(
      PART_TITLES.pitches,
      pitches.flatMap((p, i) => [`${pitchTitle(p, i)}: ${pitchText(p)}`]),
    );
  if (statusCounts) {
    const { rows, total } = statusRows(statusCounts);
    part(PART_TITLES.statusCounts, [`In all: ${totalText(total)}`, ...rows.map(([label, n]) => `- ${label}: ${n}`)]);
  }
  if (nextActions)
    part(
      PART_TITLES.nextActions,
      nextActions.length ? nextActions.map((a) => `- ${a.title} (${dueWords(a)})`) : ['Nothing due this week.'],
    );
  if (plans)
    for (const plan of plans)
      part(PART_TITLES.plans, [
        ...labelled('Note', plan.note),
        ...labelled('Next meeting', plan.meetingDate ? formatDay(plan.meetingDate) : ''),
        ...(planDoneText(plan) ? [planDoneText(plan)] : []),
        ...plan.items.map((item) => `- ${item.title}: ${PLAN_STATE_WORDS[item.state]}`),
      ]);
  if (questions) part(PART_TITLES.questions, [questions]);
  if (interviewNotes)
    part(
      PART_TITLES.interviewNotes,
      interviewNotes.flatMap((n) => [
        noteTitle(n),
        ...labelled(NOTE_LABELS.learned, n.learned),
        ...labelled(NOTE_LABELS.fit, n.fit),
        ...labelled(NOTE_LABELS.explore, n.explore),
      ]),
    );
  return `${out.join('\n')}\n`;
}

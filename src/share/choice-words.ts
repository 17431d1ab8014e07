// The words of the share chooser: each part the student can pick, with a hint that says what it
// holds in their workbook now.

import type { Day } from '../lib/days';
import { orgListOf, targetsOf } from '../workbook/goal-parts';
import type { Workbook } from '../workbook/model';
import { countOf } from '../workbook/plural';
import { hasGoals } from '../workbook/summary';
import { NEXT_ACTION_LIMIT, nextActions } from '../worksheets/dashboard/next-actions';
import { dueState } from '../worksheets/shared/follow-up/due';
import type { SharePart } from './snapshot';
import { MAX_SHARED_ORGS, MAX_SHARED_TARGETS } from './snapshot-schema';

/** One choice of the chooser: the part, its label and its hint. */
export interface PartChoice {
  part: SharePart;
  label: string;
  hint: string;
}

/** The hint of a part that holds a number of things, or says it holds nothing yet. */
const holds = (n: number, one: string, many: string) => (n ? `You have ${countOf(n, one, many)}.` : 'Nothing yet.');

/** What is due in the next week (next steps from interview notes come with the notes), and how much is late. */
function actionsHint(doc: Workbook, today: Day): string {
  const { shown, total } = nextActions({ ...doc, interviews: [] }, today, Number.POSITIVE_INFINITY);
  if (!total) return 'Nothing is due in the next week.';
  const late = shown.filter((a) => dueState(a.due, today) === 'overdue').length;
  const more = total > NEXT_ACTION_LIMIT ? ` The first ${NEXT_ACTION_LIMIT} are shared.` : '';
  return `${countOf(total, 'thing', 'things')} to do in the next week${late ? `, ${late} of them late` : ''}.${more}`;
}

/** What the goals part holds, and which lists are too long to share whole. */
function goalsHint(doc: Workbook): string {
  if (!hasGoals(doc.goals)) return 'Nothing yet.';
  const more = [
    targetsOf(doc.goals).length > MAX_SHARED_TARGETS ? ` The first ${MAX_SHARED_TARGETS} targets are shared.` : '',
    orgListOf(doc.goals).length > MAX_SHARED_ORGS
      ? ` The first ${MAX_SHARED_ORGS} organizations in your ranking are shared.`
      : '',
  ].join('');
  return `Your main goal, targets with dates, ranked organizations, and what you wrote in step 3.${more}`;
}

/** The choices of the chooser for a workbook on the day `today`, in the order the summary shows them. */
export function partChoices(doc: Workbook, planCount: number, today: Day): PartChoice[] {
  const top = doc.contacts.filter((c) => c.topFive).length;
  return [
    { part: 'about', label: 'About you', hint: 'Your name and what you study, as you type them here.' },
    {
      part: 'goals',
      label: 'Your goals',
      hint: goalsHint(doc),
    },
    { part: 'topFive', label: 'Your top five', hint: `${holds(top, 'person', 'people')} Names as you choose below.` },
    { part: 'pitches', label: 'Your pitch versions', hint: holds(doc.pitches.length, 'version', 'versions') },
    {
      part: 'statusCounts',
      label: 'How many people you have at each stage',
      hint: `Numbers only, no names. ${holds(doc.contacts.length, 'person', 'people')}`,
    },
    { part: 'nextActions', label: 'Your next actions', hint: actionsHint(doc, today) },
    {
      part: 'plans',
      label: "Your advisor's plan and how far you are",
      hint: holds(planCount, 'plan', 'plans'),
    },
    { part: 'questions', label: 'Questions for your advisor', hint: 'What you type here.' },
    {
      part: 'interviewNotes',
      label: 'Your interview notes',
      hint: `What you learned in each talk. Off at first: notes can be private. ${holds(doc.interviews.length, 'note', 'notes')}`,
    },
  ];
}

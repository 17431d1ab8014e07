import { goalSentenceOf, orgListOf, targetsOf } from './goal-parts';
import { countOf } from './plural';
import type { Goals, Workbook } from './schema';

/** How much a workbook holds, to show what a restore would replace. */
export interface WorkbookSummary {
  contacts: number;
  /** Circles the student added; the built-in circles are not counted. */
  circles: number;
  places: number;
  pitches: number;
  outreach: number;
  preps: number;
  interviews: number;
  thankYous: number;
  plans: number;
  hasGoals: boolean;
  /** Something is filled in or chosen in "About you" (issue 13, item 8). */
  hasProfile: boolean;
}

/** True when the student wrote or chose anything in step 3's goals: wants, texts, targets or organizations. */
export function hasGoals(goals: Goals): boolean {
  return (
    goals.wants.length > 0 ||
    [goals.fields, goals.organizations, goals.questions, goalSentenceOf(goals)].some((text) => text.trim() !== '') ||
    targetsOf(goals).length > 0 ||
    orgListOf(goals).length > 0
  );
}

/** Counts what a workbook holds. */
export function describeWorkbook(doc: Workbook): WorkbookSummary {
  const { goals } = doc;
  return {
    contacts: doc.contacts.length,
    circles: doc.circles.filter((circle) => !circle.builtIn).length,
    places: doc.places.length,
    pitches: doc.pitches.length,
    outreach: doc.outreach.length,
    preps: doc.preps.length,
    interviews: doc.interviews.length,
    thankYous: doc.thankYous.length,
    plans: doc.plans.length,
    hasGoals: hasGoals(goals),
    hasProfile: Object.values(doc.profile ?? {}).some((text) => text.trim() !== ''),
  };
}

/** True when a workbook holds nothing the student wrote or chose. */
export function holdsNothing(summary: WorkbookSummary): boolean {
  return !summary.hasGoals && !summary.hasProfile && PARTS.every(([key]) => summary[key] === 0);
}

type CountKey = Exclude<keyof WorkbookSummary, 'hasGoals' | 'hasProfile'>;

const PARTS: ReadonlyArray<readonly [CountKey, string, string]> = [
  ['contacts', 'person', 'people'],
  ['circles', 'circle', 'circles'],
  ['places', 'place to meet people', 'places to meet people'],
  ['pitches', 'pitch version', 'pitch versions'],
  ['outreach', 'outreach draft', 'outreach drafts'],
  ['preps', 'interview preparation', 'interview preparations'],
  ['interviews', 'interview note', 'interview notes'],
  ['thankYous', 'thank-you note', 'thank-you notes'],
  ['plans', 'saved plan', 'saved plans'],
];

/** Puts a summary in words, such as "12 people, 2 pitch versions, 1 interview note", or "nothing yet". */
export function summaryText(summary: WorkbookSummary): string {
  const parts: string[] = summary.hasProfile ? ['your details from “About you”'] : [];
  for (const [key, one, many] of PARTS) {
    if (summary[key] > 0) parts.push(countOf(summary[key], one, many));
    // Goals belong to step 3, right after the places of step 2.
    if (key === 'places' && summary.hasGoals) parts.push('your goals');
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing yet';
}

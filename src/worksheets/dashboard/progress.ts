import type { Workbook } from '../../workbook/model';
import { worksheetPath } from '../addresses';
import { WORKSHEETS } from '../registry';
import { PROGRESS_LABELS, type Progress, stepProgress as progressOfStep } from '../step-progress';

/** Where a step stands; step 7 is never finished, so it is "ongoing". */
export type StepState = Progress | 'ongoing';

/** Words for each state, shown next to every step (never colour alone). */
export const STATE_WORDS: Readonly<Record<StepState, string>> = { ...PROGRESS_LABELS, ongoing: 'Keep going' };

/** One step of the guide with its progress, derived from the workbook. */
export interface StepProgress {
  step: number;
  title: string;
  state: StepState;
  /** One sentence about what the workbook holds for this step. */
  summary: string;
  href: string;
  linkText: string;
}

/** The seven steps' names, as their pages title them. */
const STEP_TITLES = [
  'Identify your networks',
  'Expand your list',
  'Assess your goals',
  'Create your elevator pitch',
  'Make contact',
  'Follow up',
  'Repeat',
] as const;

/** "Your network map" → "your network map", for "Open your network map". */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Progress through the seven steps: steps 1 to 6 are done when all their worksheets are done,
 * each by its rule in the worksheet registry, and link to their first worksheet; 7 is a habit,
 * always "keep going" (its link goes to the weekly routine).
 */
export function stepProgress(doc: Workbook): StepProgress[] {
  return STEP_TITLES.map((title, i): StepProgress => {
    const step = i + 1;
    if (step === 7) {
      return {
        step,
        title,
        state: 'ongoing',
        summary: 'Networking is a habit: set a weekly time and keep meeting people.',
        href: '/steps/repeat/#weekly-routine',
        linkText: 'Read about the weekly routine',
      };
    }
    const first = WORKSHEETS.find((w) => w.step === step);
    const { state, summary } = progressOfStep(step, doc);
    return {
      step,
      title,
      state,
      summary,
      href: first ? worksheetPath(first.id) : '',
      linkText: first ? `Open ${lowerFirst(first.title)}` : '',
    };
  });
}

/** How many of steps 1 to 6 are done. */
export function stepsDone(steps: readonly StepProgress[]): number {
  return steps.filter((s) => s.state === 'done').length;
}

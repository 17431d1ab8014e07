// Progress per worksheet and per step, from the one rule of done of each worksheet in the registry.
import type { Workbook } from '../workbook/model';
import { countOf } from '../workbook/plural';
import { WORKSHEETS, type WorksheetEntry, type WorksheetId, worksheetById } from './registry';

/** Where a student stands with a worksheet or a step. */
export type Progress = 'not-started' | 'started' | 'done';

/** The words shown for each state (never a colour alone). */
export const PROGRESS_LABELS: Readonly<Record<Progress, string>> = {
  'not-started': 'Not started',
  started: 'Started',
  done: 'Done',
};

/** One worksheet's state and summary sentence. */
export interface WorksheetState {
  id: WorksheetId;
  state: Progress;
  summary: string;
}

/** A step's state, its summary sentence and the state of each of its worksheets. */
export interface StepState {
  step: number;
  state: Progress;
  summary: string;
  worksheets: WorksheetState[];
}

/** "done" when `done` holds, "started" when `started` holds, else "not-started". */
const judge = (started: boolean, done: boolean): Progress => (done ? 'done' : started ? 'started' : 'not-started');

/** One worksheet's progress from the workbook. */
function stateOf(w: WorksheetEntry, doc: Workbook): WorksheetState {
  const p = w.progress(doc);
  return { id: w.id as WorksheetId, state: judge(p.started || p.done, p.done), summary: p.summary };
}

/** Progress on one worksheet. */
export function worksheetProgress(id: WorksheetId, doc: Workbook): Progress {
  return stateOf(worksheetById(id), doc).state;
}

/**
 * Progress on several worksheets taken together (a step, or a step page in a plan): done when
 * all are done, started when any is started, undefined when there are none.
 */
export function combinedProgress(ids: readonly WorksheetId[], doc: Workbook): Progress | undefined {
  if (ids.length === 0) return undefined;
  const states = ids.map((id) => worksheetProgress(id, doc));
  return judge(
    states.some((s) => s !== 'not-started'),
    states.every((s) => s === 'done'),
  );
}

/**
 * Progress on a step: done when all its worksheets are done, started when any is. Its summary is
 * its worksheet's; a step with several says how many are done and what the first one not done holds.
 */
export function stepProgress(step: number, doc: Workbook): StepState {
  const worksheets = WORKSHEETS.filter((w) => w.step === step).map((w) => stateOf(w, doc));
  const done = worksheets.filter((w) => w.state === 'done').length;
  const next = worksheets.find((w) => w.state !== 'done');
  const count = `${done} of ${countOf(worksheets.length, 'worksheet', 'worksheets')} done.`;
  const summary = worksheets.length === 1 ? (worksheets[0]?.summary ?? '') : next ? `${count} ${next.summary}` : count;
  return {
    step,
    state: judge(
      worksheets.some((w) => w.state !== 'not-started'),
      worksheets.length > 0 && done === worksheets.length,
    ),
    summary,
    worksheets,
  };
}

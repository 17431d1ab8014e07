// The workbook's progress as every page shows it: the path through the seven steps (home page and
// the top of each step page), the ticks in the navigation and the "Continue" link. Each step's
// state comes from the one rule of done per worksheet (step-progress.ts), read from the saved
// workbook without the workbook runtime, so pages without worksheets stay small. Plain TypeScript
// with type-only imports of the workbook: importing model.ts would bring the whole workbook chunk.
import type { Workbook } from '../workbook/model';
import { type ContinueLink, continueLink } from './continue';
import { type Progress, stepProgress } from './step-progress';

/** The localStorage key of the workbook: engine.ts's WORKBOOK_KEY (a unit test keeps them the same). */
export const STORED_KEY = 'networking-guide:workbook';
/** The schema version this site reads: model.ts's CURRENT_SCHEMA_VERSION (a unit test keeps them the same). */
export const STORED_VERSION = 1;

/** The seven steps' states, step 1 first. */
export function pathStates(doc: Workbook): Progress[] {
  return Array.from({ length: 7 }, (_, i) => stepProgress(i + 1, doc).state);
}

/** The step to work on next: the first of steps 1 to 6 not done, else 7 (a habit to keep). */
export function nextStep(states: readonly Progress[]): number {
  const i = states.slice(0, 6).findIndex((s) => s !== 'done');
  return i < 0 ? 7 : i + 1;
}

/** A step's tick in the navigation: a mark to see and words for screen readers (none when not started). */
export const NAV_TICKS: Readonly<Record<Progress, { mark: string; words: string }>> = {
  done: { mark: ' ✓', words: ', done' },
  started: { mark: ' ◐', words: ', started' },
  'not-started': { mark: '', words: '' },
};

/** What the stored workbook shows: each step's state, and where to continue (none for an empty workbook). */
export interface StoredProgress {
  states: Progress[];
  resume: ContinueLink | undefined;
}

/**
 * The progress read from the stored text, or undefined when there is none or it cannot be read as
 * this version's workbook (the worksheets then say what went wrong; the pages just show no state).
 * A saved text ends with its lineage, an extra key the document ignores.
 */
export function storedProgress(raw: string | null): StoredProgress | undefined {
  if (raw === null) return undefined;
  try {
    const doc = JSON.parse(raw) as Workbook;
    if (doc?.schemaVersion !== STORED_VERSION) return undefined;
    const states = pathStates(doc);
    const started = states.some((s) => s !== 'not-started');
    return { states, resume: continueLink(doc, started ? nextStep(states) : undefined) };
  } catch {
    return undefined;
  }
}

let lastText: string | null | undefined;
let lastProgress: StoredProgress | undefined;

/**
 * storedProgress, worked out again only when the stored text changed. The page reads the progress
 * each time a path or the "Continue" link comes back into view; with a big workbook, parsing it on
 * each scroll would hold the page up every time.
 */
export function storedProgressOnce(raw: string | null): StoredProgress | undefined {
  if (raw !== lastText) {
    lastText = raw;
    lastProgress = storedProgress(raw);
  }
  return lastProgress;
}

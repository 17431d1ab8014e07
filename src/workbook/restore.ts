// Replacing the whole workbook (restoring a backup, undoing a restore) without losing the one it
// replaces: that one is kept first as a recovery copy. Loaded only by My workbook.
import type { SaveState, WorkbookEngine } from './engine';
import type { Workbook } from './model';
import type { ReadResult } from './read-workbook';
import {
  type CopyKind,
  deleteRecoveryCopy,
  keepRecoveryCopy,
  listRecoveryCopies,
  readRecoveryCopy,
} from './recovery-copies';
import type { StorageAdapter, StorageFailure } from './storage-adapter';
import { describeWorkbook, holdsNothing } from './summary';

/**
 * What a replacement did: replaced (saved, or only open in the page) with the key of the copy it
 * kept; or replaced nothing, with why, and whether the student may go on without a copy.
 */
export type ReplaceOutcome =
  | { ok: true; saved: boolean; copyKey: string | null; message: string }
  | { ok: false; reason: StorageFailure; message: string; canGoOn: boolean };

/**
 * Options: the time to stamp the copy with, whether the student chose to go on without a copy, and
 * whether the new workbook is the backup merged into the current one (for the message).
 */
export interface ReplaceOptions {
  now: Date;
  withoutCopy?: boolean;
  merged?: boolean;
}

/** Why what is open could not be saved, in words, for each save state that is not 'saved'. */
const NOT_SAVED: Partial<Record<SaveState, string>> = {
  full: "this browser's storage is full. Download a backup to keep it, then free some space: deleting recovery copies you no longer need helps.",
  memory: 'this browser is blocking storage, so it is kept only while this page is open. Download a backup to keep it.',
  newer:
    'this browser holds a workbook saved by a newer version of the site, which is left as it is. Reload the page to get the newest version. Download a backup to keep what is open here.',
  'read-only':
    'saved answers in this browser could not be read or protected, so nothing here is saved. Download a backup to keep it.',
};
const NOT_SAVED_OTHER = "a problem with this browser's storage. Download a backup to keep it.";

/** Why no copy could be kept, in words. */
const NO_COPY: Record<StorageFailure, string> = {
  full: "This browser's storage is full, so it cannot keep a copy of your current workbook.",
  blocked: 'This browser is blocking storage, so it cannot keep a copy of your current workbook.',
  error: 'This browser could not keep a copy of your current workbook.',
};
const NO_COPY_NEXT = 'Nothing was replaced yet. Download your current workbook first, then replace it without a copy.';

/** The message after a replacement: what really happened (saved or only open in this page). */
function outcomeMessage(kind: CopyKind, saved: boolean, state: SaveState, copied: boolean, merged: boolean): string {
  const undo = kind === 'before-undo';
  if (!saved) {
    const what = undo ? 'Your previous workbook' : merged ? 'Your merged workbook' : 'Your backup';
    return `${what} is open in this page but could not be saved: ${NOT_SAVED[state] ?? NOT_SAVED_OTHER}`;
  }
  if (merged) {
    const kept = copied
      ? ' Your workbook from before the merge is kept as a recovery copy: “Undo the restore” puts it back.'
      : '';
    return `The backup was merged into your workbook.${kept}`;
  }
  if (undo) {
    const kept = copied ? ' The workbook you had restored is kept as a recovery copy.' : '';
    return `The restore was undone: your previous workbook is back.${kept}`;
  }
  const kept = copied ? ' Your previous workbook is kept as a recovery copy: “Undo the restore” puts it back.' : '';
  return `Your backup was restored.${kept}`;
}

/**
 * Replaces the whole workbook with `next`, first keeping the current one (unsaved edits included)
 * as a recovery copy of `kind`. When no copy can be kept, replaces nothing and says why, unless
 * `withoutCopy` says the student chose to go on. An empty workbook needs no copy.
 */
export function replaceKeepingCopy(
  engine: WorkbookEngine,
  storage: StorageAdapter,
  next: Workbook,
  kind: CopyKind,
  options: ReplaceOptions,
): ReplaceOutcome {
  const current = engine.getDoc();
  let copyKey: string | null = null;
  if (!options.withoutCopy && !holdsNothing(describeWorkbook(current))) {
    const kept = keepRecoveryCopy(storage, kind, JSON.stringify(current), options.now);
    if (!kept.ok)
      return { ok: false, reason: kept.reason, message: `${NO_COPY[kept.reason]} ${NO_COPY_NEXT}`, canGoOn: true };
    copyKey = kept.value;
  }
  try {
    engine.replaceAll(next);
  } catch {
    return {
      ok: false,
      reason: 'error',
      message: 'This workbook could not be opened. Nothing was replaced.',
      canGoOn: false,
    };
  }
  const state = engine.status.state;
  const saved = state === 'saved' && !engine.hasUnsavedChanges();
  return {
    ok: true,
    saved,
    copyKey,
    message: outcomeMessage(kind, saved, state, copyKey !== null, options.merged === true),
  };
}

/**
 * Puts a recovery copy kept by a replacement back: a copy from before a restore undoes that
 * restore; a copy from before an undo restores the backup again. The workbook it replaces is kept
 * as a copy in turn, and the copy that was put back is deleted once the result is saved.
 */
export function putBackCopy(
  engine: WorkbookEngine,
  storage: StorageAdapter,
  copyKey: string,
  read: (raw: string | null, now: Date) => ReadResult,
  options: ReplaceOptions,
): ReplaceOutcome {
  const raw = readRecoveryCopy(storage, copyKey);
  const copy = listRecoveryCopies(storage).find((c) => c.key === copyKey);
  if (raw === null || !copy || copy.kind === 'unreadable') {
    return {
      ok: false,
      reason: 'error',
      message: 'This recovery copy is no longer in this browser. Nothing was changed.',
      canGoOn: false,
    };
  }
  const result = read(raw, options.now);
  if (result.status === 'corrupt')
    return {
      ok: false,
      reason: 'error',
      message: 'This recovery copy could not be read. Nothing was changed.',
      canGoOn: false,
    };
  const kind: CopyKind = copy.kind === 'before-restore' ? 'before-undo' : 'before-restore';
  const outcome = replaceKeepingCopy(engine, storage, result.doc, kind, options);
  if (outcome.ok && outcome.saved) deleteRecoveryCopy(storage, copyKey);
  return outcome;
}

// What My workbook does with whole workbooks: restoring a backup, putting a recovery copy back,
// downloading and deleting copies. Loaded only once a file is chosen or copies are listed.
import { createBackup } from '../workbook/backup-file';
import { startWorkbook } from '../workbook/client';
import type { Workbook } from '../workbook/model';
import {
  deleteRecoveryCopy,
  listRecoveryCopies,
  type RecoveryCopy,
  readRecoveryCopy,
} from '../workbook/recovery-copies';
import { putBackCopy, type ReplaceOutcome, replaceKeepingCopy } from '../workbook/restore';
import { mergeBackupInto } from '../workbook/restore-merge';
import { createStorageAdapter, type StorageAdapter } from '../workbook/storage-adapter';
import { describeWorkbook, summaryText } from '../workbook/summary';
import { datedFilename, downloadFile } from '../worksheets/shared/download';
import { copiesChanged } from './copies-store';

/** The browser's localStorage, wrapped so that nothing throws. */
const pageStorage = (): StorageAdapter => createStorageAdapter(() => window.localStorage);

/** The recovery copies in this browser, newest first. */
export function listCopies(): RecoveryCopy[] {
  return listRecoveryCopies(pageStorage());
}

/**
 * Restores a backup already read by parseBackup, keeping the current workbook as a copy first:
 * in place of the current workbook, or merged into it (`merge`).
 */
export function restoreBackup(doc: Workbook, withoutCopy = false, merge = false): ReplaceOutcome {
  const engine = startWorkbook();
  const next = merge ? mergeBackupInto(engine.getDoc(), doc) : doc;
  const outcome = replaceKeepingCopy(engine, pageStorage(), next, 'before-restore', {
    now: new Date(),
    withoutCopy,
    merged: merge,
  });
  copiesChanged();
  return outcome;
}

/** Puts a recovery copy back (undoes a restore, or restores again), keeping the current workbook as a copy. */
export async function putBack(copyKey: string, withoutCopy = false): Promise<ReplaceOutcome> {
  const { readWorkbook } = await import('../workbook/read-workbook');
  const outcome = putBackCopy(startWorkbook(), pageStorage(), copyKey, readWorkbook, { now: new Date(), withoutCopy });
  copiesChanged();
  return outcome;
}

/** The workbook a copy holds, parsed without validation, or null for unreadable copies. */
function copiedWorkbook(copy: RecoveryCopy): Workbook | null {
  if (copy.kind === 'unreadable') return null;
  try {
    return JSON.parse(readRecoveryCopy(pageStorage(), copy.key) ?? 'null') as Workbook | null;
  } catch {
    return null;
  }
}

/** What a copy of a workbook holds, in words ("3 people, your goals"), or '' when that cannot be said. */
export function copySummary(copy: RecoveryCopy): string {
  try {
    const doc = copiedWorkbook(copy);
    return doc ? summaryText(describeWorkbook(doc)) : '';
  } catch {
    return '';
  }
}

/** Downloads a copy: a workbook as a backup file that can be restored, unreadable data exactly as it was stored. */
export function downloadCopy(copy: RecoveryCopy): void {
  const raw = readRecoveryCopy(pageStorage(), copy.key) ?? '';
  const kept = Number.isNaN(Date.parse(copy.keptAt)) ? new Date() : new Date(copy.keptAt);
  const doc = copiedWorkbook(copy);
  if (doc) {
    downloadFile(
      datedFilename(`networking-workbook-${copy.kind}`, 'json', kept),
      createBackup(doc, kept),
      'application/json',
    );
  } else {
    downloadFile(datedFilename('networking-workbook-unreadable', 'txt', kept), raw, 'text/plain');
  }
}

/** Deletes a copy for good; false when the browser refused. */
export function deleteCopy(copy: RecoveryCopy): boolean {
  const removed = deleteRecoveryCopy(pageStorage(), copy.key);
  copiesChanged();
  return removed.ok;
}

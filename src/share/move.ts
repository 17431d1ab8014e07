// Moving the whole workbook to another device: the backup file's text, compressed and always
// locked with a code, travels as a link to My workbook ("/workbook/#m1.…") or, when too long for a
// link, inside a small locked file. Opening either with the code gives the backup to the
// existing restore preview.

import { isRecord } from '../lib/is-record';
import { type ParseBackupResult, parseBackup } from '../workbook/backup';
import { createBackup, MAX_BACKUP_BYTES } from '../workbook/backup-file';
import type { Workbook } from '../workbook/model';
import { type PayloadOptions, pack, peek, unpack } from './payload';
import { type OpenProblem, problemText, type Source } from './problems';

/** Where moved workbooks open. */
export const MOVE_PATH = '/workbook/';
/** The name a locked file carries, so it is told apart from a backup and from other files. */
export const LOCKED_FILE_APP = 'networking-guide-locked';

/** Locks a whole workbook (as a backup made at `now`) with a code: the text after "#" of a move link. */
export function lockWorkbook(doc: Workbook, code: string, now: Date, options: PayloadOptions = {}): Promise<string> {
  return pack('move', createBackup(doc, now), code, options);
}

/** The move link of a locked workbook on the site at `origin`. */
export function moveLink(origin: string, payload: string): string {
  return `${origin.replace(/\/+$/, '')}${MOVE_PATH}#${payload}`;
}

/** The text of a locked file: a small JSON document that names the site and holds the locked workbook. */
export function lockedFileText(payload: string): string {
  return JSON.stringify({ app: LOCKED_FILE_APP, version: 1, workbook: payload });
}

/** The locked workbook in a file's text, or null when the file is not a locked file (it may be a backup). */
export function lockedPayloadOf(text: string): string | null {
  if (!text.includes(LOCKED_FILE_APP)) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) && parsed.app === LOCKED_FILE_APP && typeof parsed.workbook === 'string'
      ? parsed.workbook
      : null;
  } catch {
    return null;
  }
}

/** What opening a moved workbook gave: the backup read as a restore would read it, or why not. */
export type OpenedMove =
  | { ok: true; backup: Extract<ParseBackupResult, { ok: true }> }
  | { ok: false; problem: OpenProblem | 'refused'; message: string };

/** The longest text read for a link or for a file. */
const limitsFor = (source: Source, options: PayloadOptions): PayloadOptions => ({
  ...options,
  maxText: source === 'file' ? MAX_BACKUP_BYTES : options.maxText,
});

/**
 * What is wrong with a moved workbook that no code can fix (cut, changed, from a newer version,
 * not a moved workbook), in a sentence; null when it only needs its code.
 */
export async function movedProblem(
  payload: string,
  source: Source,
  options: PayloadOptions = {},
): Promise<string | null> {
  const peeked = await peek(payload, limitsFor(source, options));
  if (!peeked.ok) return problemText(peeked.problem, source);
  return peeked.kind === 'move' ? null : problemText('not-a-link', source);
}

/**
 * Opens a moved workbook (the text after "#" of a move link, or of a locked file) with its code,
 * then reads it exactly as a backup file is read (parseBackup: validation, upgrades, damaged parts
 * listed). A summary link is not a moved workbook ('not-a-link').
 */
export async function openMoved(
  payload: string,
  code: string,
  source: Source,
  options: PayloadOptions = {},
): Promise<OpenedMove> {
  const limits = limitsFor(source, options);
  const fail = (problem: OpenProblem): OpenedMove => ({ ok: false, problem, message: problemText(problem, source) });
  const peeked = await peek(payload, limits);
  if (!peeked.ok) return fail(peeked.problem);
  if (peeked.kind !== 'move') return fail('not-a-link');
  const opened = await unpack(payload, code, limits);
  if (!opened.ok) return fail(opened.problem);
  const backup = parseBackup(opened.json);
  return backup.ok ? { ok: true, backup } : { ok: false, problem: 'refused', message: backup.message };
}

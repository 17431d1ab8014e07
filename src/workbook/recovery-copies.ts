// Recovery copies: workbooks kept aside in storage so that nothing is lost. The engine keeps saved
// data it could not read (`…:unreadable:<time>`); a restore keeps the workbook it replaces
// (`…:before-restore:<time>`), and undoing a restore keeps the restored one (`…:before-undo:<time>`).
// My workbook lists them with download and delete; "Clear my data" removes them with the rest.
import { WORKBOOK_KEY } from './engine';
import { COPY_KINDS, type CopyKind, recoveryPrefix } from './recovery-kinds';
import type { StorageAdapter, StorageResult } from './storage-adapter';
import { keepCopy } from './unreadable-copy';

export { type CopyKind, recoveryPrefix } from './recovery-kinds';

const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)(?:-\d+)?$/;

/** One recovery copy: its storage key, kind, when it was kept (ISO time, '' if unknown) and its size in bytes. */
export interface RecoveryCopy {
  key: string;
  kind: CopyKind;
  keptAt: string;
  bytes: number;
}

/** The kind and time of a recovery copy's key, or null for any other key. */
function parseKey(copyKey: string, key: string): Pick<RecoveryCopy, 'kind' | 'keptAt'> | null {
  for (const kind of COPY_KINDS) {
    const prefix = recoveryPrefix(kind, key);
    if (copyKey.startsWith(prefix)) return { kind, keptAt: STAMP.exec(copyKey.slice(prefix.length))?.[1] ?? '' };
  }
  return null;
}

/** The size of a text in UTF-8 bytes (the size of its download). */
const utf8Size = (text: string) => new TextEncoder().encode(text).length;

/** Every recovery copy in storage, newest first (none when storage cannot be read). */
export function listRecoveryCopies(storage: StorageAdapter, key = WORKBOOK_KEY): RecoveryCopy[] {
  const keys = storage.keys();
  if (!keys.ok) return [];
  const copies: RecoveryCopy[] = [];
  for (const copyKey of keys.value) {
    const parsed = parseKey(copyKey, key);
    if (!parsed) continue;
    const text = storage.read(copyKey);
    if (text.ok && text.value !== null) copies.push({ key: copyKey, ...parsed, bytes: utf8Size(text.value) });
  }
  // Newest first; the times and keys are plain ASCII, so they compare as text.
  const newerFirst = (x: string, y: string) => (x === y ? 0 : x > y ? -1 : 1);
  return copies.sort((a, b) => newerFirst(a.keptAt, b.keptAt) || newerFirst(a.key, b.key));
}

/** Keeps a text as a recovery copy of a kind; returns its key, or why it could not be kept (full, blocked). */
export function keepRecoveryCopy(
  storage: StorageAdapter,
  kind: CopyKind,
  text: string,
  now: Date,
  key = WORKBOOK_KEY,
): StorageResult<string> {
  return keepCopy(storage, recoveryPrefix(kind, key), text, now);
}

/** The text of a recovery copy, or null when it is gone, unreadable, or the key is not a copy's. */
export function readRecoveryCopy(storage: StorageAdapter, copyKey: string, key = WORKBOOK_KEY): string | null {
  if (!parseKey(copyKey, key)) return null;
  const text = storage.read(copyKey);
  return text.ok ? text.value : null;
}

/** Deletes a recovery copy; refuses any key that is not a copy's. */
export function deleteRecoveryCopy(
  storage: StorageAdapter,
  copyKey: string,
  key = WORKBOOK_KEY,
): StorageResult<undefined> {
  if (!parseKey(copyKey, key)) return { ok: false, reason: 'error', message: 'This is not a recovery copy.' };
  return storage.remove(copyKey);
}

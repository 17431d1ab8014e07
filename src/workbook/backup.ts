import { BACKUP_APP, MAX_BACKUP_BYTES } from './backup-file';
import { COLLECTION_NOUNS } from './labels';
import { migrate, versionOf } from './migrate';
import { isRecord } from './salvage';
import { COLLECTION_KEYS, type CollectionKey, CURRENT_SCHEMA_VERSION, type Workbook, WorkbookSchema } from './schema';
import { describeWorkbook, type WorkbookSummary } from './summary';
import { findUnsafeKey } from './unsafe-keys';

export { BACKUP_APP, createBackup, MAX_BACKUP_BYTES } from './backup-file';
export { describeWorkbook, summaryText, type WorkbookSummary } from './summary';

/** The outcome of reading a backup file: the workbook to restore and its summary, or why not. */
export type ParseBackupResult = { ok: true; doc: Workbook; summary: WorkbookSummary } | { ok: false; message: string };

/** The UTF-8 size of a text, counting no further than just past `limit`. */
function utf8Bytes(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Names, in plain words, the part of a workbook a validation problem points at. */
function describePart(path: readonly PropertyKey[]): string {
  const [top, index, field] = path;
  const fieldWords = (name: PropertyKey | undefined) => (typeof name === 'string' ? ` (the “${name}” field)` : '');
  if (top === undefined) return 'the workbook as a whole';
  if (top === 'schemaVersion') return 'the version number';
  if (top === 'updatedAt') return 'the time of the last change';
  if (top === 'goals') return `your goals${fieldWords(index)}`;
  if (typeof top === 'string' && (COLLECTION_KEYS as readonly string[]).includes(top)) {
    const [one, many] = COLLECTION_NOUNS[top as CollectionKey];
    return typeof index === 'number' ? `${one} ${index + 1}${fieldWords(field)}` : `the list of ${many}`;
  }
  return `the part called “${String(top)}”`;
}

/** A refusal with a message in plain words. */
function refuse(message: string): ParseBackupResult {
  return { ok: false, message };
}

/** Reads a backup file; refuses it whole, with the reason in plain words, if anything is wrong. Never throws. */
export function parseBackup(text: string): ParseBackupResult {
  if (typeof text !== 'string') return refuse('This is not a backup file.');
  const bytes = text.length > MAX_BACKUP_BYTES ? text.length : utf8Bytes(text, MAX_BACKUP_BYTES);
  if (bytes > MAX_BACKUP_BYTES)
    return refuse('This file is larger than 5 MB, too large to be a backup from this site.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(
      'This file could not be read as a backup. Choose the .json file you downloaded from the workbook page.',
    );
  }
  const unsafe = findUnsafeKey(parsed);
  if (unsafe !== null)
    return refuse(`This file contains a field named “${unsafe}”, which a backup never has, so it was not restored.`);
  if (!isRecord(parsed) || parsed.app !== BACKUP_APP) return refuse('This file is not a backup from this site.');
  const version = versionOf(parsed);
  if (version === null)
    return refuse('This backup does not say which version of the site made it, so it cannot be restored.');
  if (version > CURRENT_SCHEMA_VERSION) {
    return refuse(
      'This backup was made by a newer version of this site. Reload the page to get the newest version, then try again.',
    );
  }
  if (!isRecord(parsed.data)) return refuse('This backup has no workbook in it.');
  if (versionOf(parsed.data) !== version) {
    return refuse('This backup could not be restored because its version numbers do not match. Nothing was changed.');
  }
  const upgraded = migrate(parsed.data);
  if (!upgraded.ok) return refuse('This backup is from an older version of this site and could not be upgraded.');
  const valid = WorkbookSchema.safeParse(upgraded.value);
  if (!valid.success) {
    const part = describePart(valid.error.issues[0]?.path ?? []);
    return refuse(`This backup could not be restored because part of it is damaged: ${part}. Nothing was changed.`);
  }
  return { ok: true, doc: valid.data, summary: describeWorkbook(valid.data) };
}

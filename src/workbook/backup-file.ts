// The backup file format, without Zod: writing a backup needs no validation (reading one does, in backup.ts).
import { CURRENT_SCHEMA_VERSION, type Workbook } from './model';

/** The name every backup file carries, so files from other apps are refused. */
export const BACKUP_APP = 'networking-guide';
/** The largest backup file accepted, in UTF-8 bytes (5 MiB). */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Makes the text of a backup file for a workbook. */
export function createBackup(doc: Workbook, now: Date): string {
  return JSON.stringify({
    app: BACKUP_APP,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    data: doc,
  });
}

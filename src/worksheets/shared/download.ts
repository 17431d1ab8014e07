// Downloads of the student's files: the one download helper (src/scripts/save-file.ts) and dated file names.
import { localDay } from '../../lib/days';

export { downloadFile } from '../../scripts/save-file';

/** A file name with the student's local date (the day every other date on the site uses): "networking-workbook-2026-11-25.json". */
export function datedFilename(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${localDay(now)}.${extension}`;
}

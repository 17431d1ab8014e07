// Downloads of the student's files: the one download helper (src/scripts/save-file.ts) and dated file names.
export { downloadFile } from '../../scripts/save-file';

/** A file name with today's date: "networking-workbook-2026-11-25.json". */
export function datedFilename(stem: string, extension: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return `${stem}-${day}.${extension}`;
}

import { localDay } from '../../lib/days';

/** Offers text to the student as a file download (nothing leaves the device). */
export function downloadFile(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name with the student's local date (the day every other date on the site uses): "networking-workbook-2026-11-25.json". */
export function datedFilename(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${localDay(now)}.${extension}`;
}

// The tracker's two downloads (the spreadsheet of contacts and the calendar of follow-ups), fetched
// with their file makers when the student first asks for one.
import type { Day } from '../../lib/days';
import type { Workbook } from '../../workbook/model';
import { datedFilename, downloadFile } from '../shared/download';
import { contactsCsv } from '../shared/exports/contacts-csv';
import { remindersIcs } from '../shared/exports/ics';

/** Saves every contact as a dated spreadsheet file (.csv). */
export function downloadContacts(doc: Workbook, now: Date): void {
  downloadFile(datedFilename('networking-contacts', 'csv', now), contactsCsv(doc), 'text/csv;charset=utf-8');
}

/** Saves the follow-ups as a dated calendar file (.ics): how many reminders it holds, or why it could not be made. */
export function downloadReminders(
  doc: Workbook,
  today: Day,
  now: Date,
): { ok: true; count: number } | { ok: false; error: string } {
  const result = remindersIcs(doc, today, now);
  if (!result.ok) return result;
  downloadFile(datedFilename('networking-follow-ups', 'ics', now), result.text, 'text/calendar;charset=utf-8');
  return { ok: true, count: result.count };
}

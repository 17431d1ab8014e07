// The weekly networking time as a calendar file, downloaded when the student asks for it. The
// routine loads this module with import() at that click, with the calendar writer it needs.

import type { Day } from '../../lib/days';
import { announce } from '../../scripts/announce';
import type { Routine } from '../../workbook/model';
import { downloadFile } from '../shared/download';
import { routineIcs } from '../shared/exports/routine-ics';

/** Downloads the weekly event file and says so; returns what is missing in words, or '' once downloaded. */
export function downloadRoutineEvent(routine: Routine, today: Day, dashboardUrl: string): string {
  const result = routineIcs(routine, today, new Date(), dashboardUrl);
  if (!result.ok) return result.error;
  downloadFile('networking-time.ics', result.text, 'text/calendar;charset=utf-8');
  announce('Downloaded your weekly networking time as a calendar file.');
  return '';
}

// Words for restoring and for recovery copies on My workbook: when a backup was made compared
// with the current answers, and each recovery copy's name, time and size.

import { formatDay, localDay } from '../lib/days';
import type { Workbook } from '../workbook/model';
import type { CopyKind } from '../workbook/recovery-copies';
import { describeWorkbook, holdsNothing } from '../workbook/summary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "1 day", "4 days". */
const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** How long a span of time is, in the largest whole unit: "4 days", "3 hours", "1 minute". */
function spanText(ms: number): string {
  if (ms >= DAY) return count(Math.floor(ms / DAY), 'day');
  if (ms >= HOUR) return count(Math.floor(ms / HOUR), 'hour');
  return count(Math.floor(ms / MINUTE), 'minute');
}

/** When a backup was made, in words, and whether it is older than the current answers (a warning). */
export interface BackupAge {
  text: string;
  older: boolean;
}

/** Says when a backup was made, compared with when the current answers last changed. */
export function backupAge(madeAt: string | null, current: Workbook): BackupAge {
  const made = madeAt ? Date.parse(madeAt) : Number.NaN;
  if (Number.isNaN(made)) return { text: 'The file does not say when it was made.', older: false };
  const day = formatDay(localDay(new Date(made)));
  const changed = Date.parse(current.updatedAt);
  if (holdsNothing(describeWorkbook(current)) || Number.isNaN(changed))
    return { text: `It was made on ${day}.`, older: false };
  const gap = changed - made;
  if (gap <= 0) return { text: `It was made on ${day}, after your current answers were last changed.`, older: false };
  const span = gap < MINUTE ? 'moments before' : `${spanText(gap)} older than`;
  return { text: `It was made on ${day}, ${span} your current answers.`, older: true };
}

/** What each kind of recovery copy holds. */
export function copyTitle(kind: CopyKind): string {
  if (kind === 'unreadable') return 'Saved answers that could not be read';
  if (kind === 'before-restore') return 'Your workbook before a restore';
  return 'The restored workbook, before you undid the restore';
}

/** A moment in words, in the student's time zone: "5 March 2026 at 09:07". */
export function momentText(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return 'an unknown time';
  const moment = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDay(localDay(moment))} at ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** A size in bytes as people read it: "900 bytes", "15 KB", "2.5 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

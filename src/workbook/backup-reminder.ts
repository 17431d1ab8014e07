import type { Workbook } from './schema';

/** Days after which a backup counts as old. */
export const BACKUP_MAX_AGE_DAYS = 14;
/** Days a "Not now" keeps the reminder away. */
export const SNOOZE_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/** True once the workbook holds enough work to be worth a backup (5 people or 300 typed characters). */
export function hasSubstantialWork(doc: Workbook): boolean {
  if (doc.contacts.length >= 5) return true;
  let chars = 0;
  const walk = (value: unknown): void => {
    if (typeof value === 'string') chars += value.length;
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([doc.contacts, doc.goals, doc.pitches, doc.outreach, doc.interviews, doc.thankYous]);
  return chars >= 300;
}

/** What the reminder needs to know. */
export interface ReminderInput {
  doc: Workbook;
  /** True when the browser promised to keep the data (navigator.storage.persist() granted). */
  persisted: boolean;
  /** ISO time of the last downloaded backup, or ''. */
  lastBackupAt: string;
  /** ISO time of the last "Not now", or ''. */
  dismissedAt: string;
  now: Date;
}

/**
 * Whether to remind the student to download a backup: only when the browser may delete the
 * data, there is real work to lose, the last backup is missing or old, and they did not say
 * "Not now" in the last week.
 */
export function shouldRemindBackup({ doc, persisted, lastBackupAt, dismissedAt, now }: ReminderInput): boolean {
  if (persisted || !hasSubstantialWork(doc)) return false;
  const age = (iso: string) => (iso ? now.getTime() - Date.parse(iso) : Number.POSITIVE_INFINITY);
  if (age(dismissedAt) < SNOOZE_DAYS * DAY) return false;
  if (age(lastBackupAt) < BACKUP_MAX_AGE_DAYS * DAY) return false;
  return true;
}

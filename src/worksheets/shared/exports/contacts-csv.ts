import { STATUS_LABELS } from '../../../workbook/labels';
import type { Workbook } from '../../../workbook/model';
import { thankYouDue, thankYouPending } from '../follow-up/follow-up';
import { toCsv } from './csv';

/** The columns of the contacts file, in order. */
export const CONTACT_COLUMNS = [
  'Name',
  'Status',
  'Circle',
  'Organization or field',
  'Email',
  'How you know them',
  'Introduced by',
  'Reached out on',
  'Meeting on',
  'Met on',
  'Thank-you due',
  'Thanked on',
  'Last contact',
  'Next contact',
  'Notes',
] as const;

/** Every contact as a CSV file for spreadsheets (dates stay 'YYYY-MM-DD'). */
export function contactsCsv(doc: Workbook): string {
  const circles = new Map(doc.circles.map((c) => [c.id, c.name]));
  const names = new Map(doc.contacts.map((c) => [c.id, c.name]));
  const rows = doc.contacts.map((c) => [
    c.name,
    STATUS_LABELS[c.status],
    circles.get(c.circleId) ?? '',
    c.org,
    c.email,
    c.howKnown,
    names.get(c.referredBy) ?? '',
    c.reachedOutAt,
    c.meetingAt,
    c.metAt,
    thankYouPending(c) ? thankYouDue(c) : '',
    c.thankedAt,
    c.lastContactAt,
    c.nextContactAt,
    c.notes,
  ]);
  return toCsv(CONTACT_COLUMNS, rows);
}

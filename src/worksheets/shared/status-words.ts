// Where a person stands, in one sentence for the step 5 worksheets: the status and its date
// together ("Status: Met on Fri 4 December 2026."), never the status said twice.
import { formatDay } from '../../lib/format-day';
import { say } from '../../lib/sentence';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact } from '../../workbook/model';

/** The date that goes with a status, and the word before it. */
function statusDate(c: Contact): readonly [word: string, day: string] {
  switch (c.status) {
    case 'reached-out':
    case 'no-reply':
      return ['on', c.reachedOutAt];
    case 'meeting-set':
      return ['for', c.meetingAt];
    case 'met':
      return ['on', c.metAt];
    case 'thanked':
      return ['on', c.thankedAt];
    default:
      return ['', ''];
  }
}

/** "Status: Met on Fri 4 December 2026.", "Status: Meeting set for …", or "Status: Not contacted yet." */
export function statusText(c: Contact): string {
  const label = STATUS_LABELS[c.status];
  const [word, day] = statusDate(c);
  if (c.status === 'keeping-in-touch' && c.lastContactAt) {
    return say`Status: ${label}. Last contact on ${formatDay(c.lastContactAt)}.`;
  }
  if (!day || c.status === 'no-reply') return say`Status: ${label}.`;
  return say`Status: ${label} ${word} ${formatDay(day)}.`;
}

/** The status sentence, then when the outreach message was marked as sent if the status does not say so. */
export function outreachStatusText(c: Contact, sentAt: string): string {
  const status = statusText(c);
  if (!sentAt || (c.status === 'reached-out' && c.reachedOutAt === sentAt)) return status;
  return say`${status} Your message was marked as sent on ${formatDay(sentAt)}.`;
}

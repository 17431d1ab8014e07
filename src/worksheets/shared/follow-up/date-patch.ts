// The changes a date typed or a status chosen in the tracker brings (the editor loads this with its fields).
import { type Day, isDay, laterDay } from '../../../lib/days';
import type { Contact, ContactStatus } from '../../../workbook/model';
import type { DateKey } from './editor-fields';

/** The date fields that record a contact with the person, and so can be their last contact. */
const CONTACT_DATES = ['reachedOutAt', 'metAt', 'thankedAt'] as const;

/**
 * The changes when the student types a date in the tracker. Changing when they reached out, met or
 * thanked someone moves the last contact to the date they chose: a last contact that came from the
 * old date (such as today, filled in by a status change) follows the new one, never stays on today.
 */
export function datePatch(c: Contact, key: DateKey, value: Day, today: Day): Partial<Contact> {
  const patch: Partial<Contact> = { [key]: value };
  const k = CONTACT_DATES.find((d) => d === key);
  if (!k) return patch;
  const next = { ...c, [k]: value };
  const happened = CONTACT_DATES.map((d) => next[d]).filter((d) => isDay(d) && d <= today);
  const latest = happened.reduce<Day>((a, b) => laterDay(a, b), '');
  const fromOld = c.lastContactAt === '' || c.lastContactAt === c[k];
  const last = fromOld ? latest : laterDay(c.lastContactAt, isDay(value) && value <= today ? value : '');
  if (last !== c.lastContactAt) patch.lastContactAt = last;
  return patch;
}

/**
 * The changes that go with a new status: the matching date is set to today when it is empty
 * (reached out, met, thanked), and the last contact date moves up to it.
 */
export function statusPatch(c: Contact, status: ContactStatus, today: Day): Partial<Contact> {
  const patch: Partial<Contact> = { status };
  let contacted = '';
  if (status === 'reached-out') {
    patch.reachedOutAt = c.reachedOutAt || today;
    contacted = patch.reachedOutAt;
  }
  if (status === 'met') {
    patch.metAt = c.metAt || (c.meetingAt && c.meetingAt <= today ? c.meetingAt : today);
    contacted = patch.metAt;
  }
  if (status === 'thanked') {
    patch.thankedAt = c.thankedAt || today;
    contacted = patch.thankedAt;
  }
  if (contacted && contacted <= today) {
    const last = laterDay(c.lastContactAt, contacted);
    if (last !== c.lastContactAt) patch.lastContactAt = last;
  }
  return patch;
}

import { CONTACT_STATUSES, type Contact, type ContactStatus } from '../../../workbook/model';

/** How many people have each status. */
export function statusCounts(contacts: readonly Pick<Contact, 'status'>[]): Record<ContactStatus, number> {
  const counts = Object.fromEntries(CONTACT_STATUSES.map((s) => [s, 0])) as Record<ContactStatus, number>;
  for (const c of contacts) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return counts;
}

// "Who else should I talk to?": the people a contact suggested, linked by `referredBy`. Adding and
// linking them, without cycles, is in referral-changes.ts, fetched at the first change.
import type { Contact, Workbook } from '../../workbook/model';

/** The people this contact suggested, in the order they were added. */
export function suggestedBy(doc: Workbook, contactId: string): Contact[] {
  return doc.contacts.filter((c) => c.referredBy === contactId && c.id !== contactId);
}

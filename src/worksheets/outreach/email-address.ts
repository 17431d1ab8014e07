// Saving the person's email address from the outreach, apart from the worksheet: it is fetched
// when the email field is first reached, with the contact changes it needs.
import { updateContact } from '../../workbook/contacts';
import type { Workbook } from '../../workbook/model';

/** Saves `email` (a usable address, or empty) as the address of the person `id`. */
export function saveEmailAddress(doc: Workbook, id: string, email: string, now: Date): Workbook {
  return updateContact(doc, id, { email }, now);
}

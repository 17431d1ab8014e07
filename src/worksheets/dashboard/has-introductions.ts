import type { Contact } from '../../workbook/model';

/** True when "who introduced whom" has something to show: someone has an introducer (see referralTree). */
export function hasIntroductions(contacts: readonly Pick<Contact, 'referredBy'>[]): boolean {
  return contacts.some((c) => c.referredBy);
}

import type { ThankYou, Workbook } from '../../workbook/model';

/** The saved thank-you for a person, if any. */
export function thankYouFor(doc: Workbook, contactId: string): ThankYou | undefined {
  return doc.thankYous.find((t) => t.contactId === contactId);
}

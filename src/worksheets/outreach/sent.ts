// Marking an outreach message as sent, and undoing it: the draft's date and the person's status.
// Fetched when the student first opens the mail app or presses "Mark as sent".

import { laterDay, localDay } from '../../lib/days';
import { updateContact } from '../../workbook/contacts';
import { newId } from '../../workbook/ids';
import type { Contact, Outreach, Workbook } from '../../workbook/model';
import { advanceStatus } from '../shared/advance-status';
import { blankDraft, draftFor } from './drafts';
import { hasText } from './message-body';

/** What marking a draft as sent changed, so that "Undo" can put it back. */
export interface SentChange {
  contact: Contact;
  /** The draft as it was, or undefined when marking it as sent started it. */
  draft: Outreach | undefined;
}

/**
 * Records that the message to a contact was sent today (local date): the draft's `sentAt`, and the
 * contact's status "Reached out" (unless they are further along), `reachedOutAt` and last contact.
 */
export function markSent(doc: Workbook, contactId: string, now: Date): { doc: Workbook; change?: SentChange } {
  const contact = doc.contacts.find((c) => c.id === contactId);
  if (!contact) return { doc };
  const today = localDay(now);
  const draft = draftFor(doc, contactId);
  const withDraft = draft
    ? { ...doc, outreach: doc.outreach.map((o) => (o.id === draft.id ? { ...o, sentAt: today } : o)) }
    : { ...doc, outreach: [...doc.outreach, { ...blankDraft(contactId), id: newId('o'), sentAt: today }] };
  const status = advanceStatus(contact.status, 'reached-out');
  const moved = status !== contact.status;
  const next = updateContact(
    withDraft,
    contactId,
    {
      status,
      reachedOutAt: moved || !contact.reachedOutAt ? today : contact.reachedOutAt,
      lastContactAt: laterDay(contact.lastContactAt, today),
    },
    now,
  );
  // Copies: the page's stores later update the workbook's objects in place.
  return { doc: next, change: { contact: { ...contact }, draft: draft && { ...draft } } };
}

/** Puts the contact and the draft back as they were before they were marked as sent. */
export function undoSent(doc: Workbook, change: SentChange): Workbook {
  const { contact, draft } = change;
  const contacts = doc.contacts.map((c) => (c.id === contact.id ? contact : c));
  const outreach = doc.outreach
    .map((o) => (o.contactId === contact.id ? { ...o, sentAt: draft?.sentAt ?? '' } : o))
    .filter((o) => draft || o.contactId !== contact.id || hasText(o));
  return { ...doc, contacts, outreach };
}

// "Mark as sent" and its undo: loaded when the student first marks a thank-you as sent.
import { type Day, laterDay } from '../../lib/days';
import type { Contact, ThankYou, Workbook } from '../../workbook/model';
import { setThankYouPart, thankYouFor } from './compose';

/** What "Mark as sent" changed, so that "Undo" can put it back. */
export interface SentUndo {
  contact: Contact;
  thankYou: ThankYou | undefined;
}

/**
 * Marks the thank-you to a person as sent today: the thank-you's sentAt, the contact's thankedAt,
 * status "Thanked" (people already "Keeping in touch" stay so) and last contact date.
 */
export function markSent(doc: Workbook, contactId: string, today: Day, now: Date): { doc: Workbook; undo?: SentUndo } {
  const person = doc.contacts.find((c) => c.id === contactId);
  if (!person) return { doc };
  // Copies, not references: the page's store later rewrites old workbook objects in place.
  const note = thankYouFor(doc, contactId);
  const before: SentUndo = { contact: { ...person }, thankYou: note ? { ...note } : undefined };
  const withNote = before.thankYou ? doc : setThankYouPart(doc, contactId, 'thanks', '');
  const thankYous = withNote.thankYous.map((t) => (t.contactId === contactId ? { ...t, sentAt: today } : t));
  const stamp = now.toISOString();
  const contacts = withNote.contacts.map((c) =>
    c.id === contactId
      ? {
          ...c,
          thankedAt: today,
          status: c.status === 'keeping-in-touch' ? c.status : ('thanked' as const),
          lastContactAt: laterDay(c.lastContactAt, today),
          updatedAt: stamp,
        }
      : c,
  );
  return { doc: { ...withNote, thankYous, contacts }, undo: before };
}

/** Puts the contact and the thank-you's sent date back as they were before "Mark as sent". */
export function undoSent(doc: Workbook, undo: SentUndo): Workbook {
  const id = undo.contact.id;
  const contacts = doc.contacts.map((c) => (c.id === id ? undo.contact : c));
  const earlier = undo.thankYou;
  const thankYous = earlier
    ? doc.thankYous.map((t) => (t.id === earlier.id ? { ...t, sentAt: earlier.sentAt } : t))
    : doc.thankYous
        .map((t) => (t.contactId === id ? { ...t, sentAt: '' } : t))
        .filter((t) => t.contactId !== id || t.learned || t.action || t.thanks);
  return { ...doc, contacts, thankYous };
}

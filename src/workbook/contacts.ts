import { fitsFormat } from './formats';
import { newId } from './ids';
import { blankContact, type Contact, cleanName, MAX_NAME, type Workbook } from './model';

export { cleanName };

/** What a worksheet gives to add a person; everything but the name is optional. */
export type NewContact = Pick<Contact, 'name'> & Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>>;

/** A change that adds a person: the new workbook and their id, or the refusal in words (`duplicate`: the name is
 * already on the list, and the student may add them anyway). */
export type ChangeResult = { ok: true; doc: Workbook; id: string } | { ok: false; error: string; duplicate?: boolean };

/** The contact with the same name (ignoring case and extra spaces), if there is one. */
export function findSameName(doc: Workbook, name: string, exceptId?: string): Contact | undefined {
  const key = cleanName(name).toLocaleLowerCase();
  return doc.contacts.find((c) => c.id !== exceptId && cleanName(c.name).toLocaleLowerCase() === key);
}

/** Checks a typed name; returns a message in words, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  const clean = cleanName(name);
  if (!clean) return 'Enter a name. Initials or a nickname are fine.';
  if (clean.length > MAX_NAME) return `Names can be at most ${MAX_NAME} characters. Shorten this one.`;
  return undefined;
}

/**
 * Adds a person to the shared contact list. Refuses an empty name, and a name already on the
 * list unless `allowDuplicate` is set (the student confirmed it is a different person).
 */
export function addContact(doc: Workbook, input: NewContact, now: Date, allowDuplicate = false): ChangeResult {
  const problem = nameProblem(input.name);
  if (problem) return { ok: false, error: problem };
  const name = cleanName(input.name);
  const same = findSameName(doc, name);
  if (same && !allowDuplicate) {
    return {
      ok: false,
      error: `${same.name} is already on your list. Add a detail to tell them apart, or add anyway.`,
      duplicate: true,
    };
  }
  const stamp = now.toISOString();
  const id = newId('p');
  const contact: Contact = { ...blankContact(id, name, stamp), ...input, name, id, createdAt: stamp, updatedAt: stamp };
  return { ok: true, doc: { ...doc, contacts: [...doc.contacts, contact] }, id: contact.id };
}

/** The contact's date fields ('YYYY-MM-DD' or ''). */
const DATE_KEYS = ['reachedOutAt', 'meetingAt', 'metAt', 'thankedAt', 'lastContactAt', 'nextContactAt'] as const;

/**
 * Changes some fields of one contact. Unknown ids leave the workbook as it is, and so does a date
 * the workbook cannot store (the last check before saving; fields check first and say why).
 */
export function updateContact(doc: Workbook, id: string, patch: Partial<Omit<Contact, 'id'>>, now: Date): Workbook {
  if (!doc.contacts.some((c) => c.id === id)) return doc;
  if (DATE_KEYS.some((key) => patch[key] !== undefined && !fitsFormat('date', patch[key]))) return doc;
  return {
    ...doc,
    contacts: doc.contacts.map((c) => (c.id === id ? { ...c, ...patch, id, updatedAt: now.toISOString() } : c)),
  };
}

/** What removing a contact took away, so that "Undo" can put it back. */
export interface RemovedContact {
  contact: Contact;
  index: number;
  /** Ids of contacts whose "referred by" pointed to this one. */
  referred: string[];
}

/**
 * Removes a person everywhere: from the contact list and from every "referred by" link.
 * Notes and messages about them stay, so nothing the student wrote is lost.
 */
export function removeContact(doc: Workbook, id: string): { doc: Workbook; removed?: RemovedContact } {
  const index = doc.contacts.findIndex((c) => c.id === id);
  const contact = doc.contacts[index];
  if (!contact) return { doc };
  const referred = doc.contacts.filter((c) => c.referredBy === id).map((c) => c.id);
  const contacts = doc.contacts
    .filter((c) => c.id !== id)
    .map((c) => (c.referredBy === id ? { ...c, referredBy: '' } : c));
  return { doc: { ...doc, contacts }, removed: { contact, index, referred } };
}

/** Puts a removed person back where they were, with their "referred by" links. */
export function restoreContact(doc: Workbook, removed: RemovedContact): Workbook {
  if (doc.contacts.some((c) => c.id === removed.contact.id)) return doc;
  const contacts = doc.contacts.map((c) =>
    removed.referred.includes(c.id) ? { ...c, referredBy: removed.contact.id } : c,
  );
  contacts.splice(Math.min(removed.index, contacts.length), 0, removed.contact);
  return { ...doc, contacts };
}

// The tracker's changes to the workbook: adding a person, and saving a change to one. Loaded when
// the student first reaches the "Add a person" fields or opens a card (its buttons and editor save).
import { updateWorkbook } from '../../workbook/client';
import { addContact, updateContact } from '../../workbook/contacts';
import type { Contact } from '../../workbook/model';
import { addPerson, settleEntry } from '../shared/add-person';
import type { Entry } from '../shared/entry';

/** Adds a person to the tracker; returns their id, or undefined once the refusal shows in the entry field. */
export function addToTracker(entry: Entry, person: { name: string; org: string }, now: Date, allowDuplicate: boolean) {
  return settleEntry(
    entry,
    addPerson((d) => addContact(d, person, now, allowDuplicate)),
  );
}

/** Saves a change to one person in the tracker. */
export function saveContact(id: string, patch: Partial<Contact>, now: Date): void {
  updateWorkbook((d) => updateContact(d, id, patch, now));
}

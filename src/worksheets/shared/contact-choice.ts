// Which person the step 5 worksheets are about: the student's top five first, then everyone else.
import { atom } from 'nanostores';
import type { Contact, Workbook } from '../../workbook/model';
import { topFiveOf } from './priorities/priority-order';

/** The contacts as the person select offers them: the top five in priority order, then the rest as listed. */
export function contactGroups(contacts: readonly Contact[]): { top: Contact[]; others: Contact[] } {
  const top = topFiveOf(contacts);
  const chosen = new Set(top.map((c) => c.id));
  return { top, others: contacts.filter((c) => !chosen.has(c.id)) };
}

/** The person a worksheet shows: the one chosen if they are still on the list, else the first offered. */
export function resolveContact(doc: Workbook, chosenId: string): Contact | undefined {
  const chosen = doc.contacts.find((c) => c.id === chosenId);
  if (chosen) return chosen;
  const { top, others } = contactGroups(doc.contacts);
  return top[0] ?? others[0];
}

/** The person chosen in any step 5 worksheet; the four worksheets follow the same person. */
export const $chosenContactId = atom('');

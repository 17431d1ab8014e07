// Changes to the people a contact suggested: adding them to the list, linking someone already on
// it, and taking them off; a referral that would make a loop is refused. Fetched on demand.
import { addContact, type ChangeResult, cleanName, findSameName, updateContact } from '../../workbook/contacts';
import type { Contact, Workbook } from '../../workbook/model';

/** The chain of people who referred this one, nearest first; it stops at a repeat, so bad data cannot loop. */
export function referralChain(doc: Workbook, contactId: string): Contact[] {
  const byId = new Map(doc.contacts.map((c) => [c.id, c]));
  const chain: Contact[] = [];
  const seen = new Set([contactId]);
  let next = byId.get(contactId)?.referredBy ?? '';
  while (next && !seen.has(next)) {
    const person = byId.get(next);
    if (!person) break;
    chain.push(person);
    seen.add(next);
    next = person.referredBy;
  }
  return chain;
}

/**
 * True when marking `personId` as referred by `referrerId` would make a loop: the same person, or
 * someone already up the referrer's chain (A referred B, so B cannot have referred A).
 */
export function wouldMakeCycle(doc: Workbook, personId: string, referrerId: string): boolean {
  if (personId === referrerId) return true;
  return referralChain(doc, referrerId).some((c) => c.id === personId);
}

/** The message shown when a referral would make a loop. */
export function cycleMessage(doc: Workbook, personId: string, referrerId: string): string {
  const name = (id: string) => doc.contacts.find((c) => c.id === id)?.name ?? 'This person';
  if (personId === referrerId) return `${name(personId)} cannot be suggested by themselves.`;
  return `${name(personId)} cannot be suggested by ${name(referrerId)}: ${name(personId)} is already earlier in the chain of people who led you to ${name(referrerId)}.`;
}

/** Marks someone already on the list as suggested by a contact; refuses a referral that would make a loop. */
export function linkReferral(doc: Workbook, personId: string, referrerId: string, now: Date): ChangeResult {
  const person = doc.contacts.find((c) => c.id === personId);
  if (!person || !doc.contacts.some((c) => c.id === referrerId)) {
    return { ok: false, error: 'That person is no longer on your list.' };
  }
  if (wouldMakeCycle(doc, personId, referrerId)) return { ok: false, error: cycleMessage(doc, personId, referrerId) };
  return { ok: true, doc: updateContact(doc, personId, { referredBy: referrerId }, now), id: personId };
}

/** The result of adding a suggested person: added, or refused with a message, or a same-name person to link instead. */
export type SuggestResult = ChangeResult | { ok: false; error: string; sameAs: Contact };

/**
 * Adds a person the contact suggested to the shared list (referred by them, no place). A name
 * already on the list is refused with the person found, so the student can link them instead
 * or add a different person anyway.
 */
export function addSuggested(
  doc: Workbook,
  referrerId: string,
  name: string,
  now: Date,
  allowDuplicate = false,
): SuggestResult {
  if (!doc.contacts.some((c) => c.id === referrerId))
    return { ok: false, error: 'That person is no longer on your list.' };
  const same = allowDuplicate ? undefined : findSameName(doc, name);
  if (same) {
    const already = same.referredBy === referrerId;
    const error = already
      ? `${same.name} is already in this list.`
      : `${same.name} is already on your list. Mark them as suggested here, or add a different person with the same name.`;
    return { ok: false, error, sameAs: same };
  }
  return addContact(doc, { name: cleanName(name), referredBy: referrerId, sourcePlaceId: '' }, now, allowDuplicate);
}

/** Takes a person out of a contact's suggestions; they stay on the list. */
export function unlinkReferral(doc: Workbook, personId: string, now: Date): Workbook {
  return updateContact(doc, personId, { referredBy: '' }, now);
}

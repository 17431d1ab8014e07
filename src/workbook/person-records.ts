// The lists that hold one record per person (outreach drafts, preparations, interview notes):
// find a person's record, and change it, starting it at the first change.
import { newId } from './ids';
import type { Workbook } from './model';

/** The lists of the workbook that hold one record per person. */
export type PersonListKey = 'outreach' | 'preps' | 'interviews' | 'thankYous';

/** A record of one of those lists. */
export type PersonRecord<K extends PersonListKey> = Workbook[K][number];

/** A person's record in list `key`, if the student has started one. */
export function recordFor<K extends PersonListKey>(
  doc: Workbook,
  key: K,
  contactId: string,
): PersonRecord<K> | undefined {
  return (doc[key] as readonly PersonRecord<K>[]).find((record) => record.contactId === contactId);
}

/**
 * Applies `change` to a person's record in list `key`, starting from `blank(contactId)` at the first
 * change, with a new id made with `idPrefix`. The same workbook when the person is not on the list or
 * `change` returns its record unchanged.
 */
export function changeRecordFor<K extends PersonListKey>(
  doc: Workbook,
  key: K,
  contactId: string,
  blank: (contactId: string) => PersonRecord<K>,
  idPrefix: string,
  change: (record: PersonRecord<K>) => PersonRecord<K>,
): Workbook {
  if (!doc.contacts.some((c) => c.id === contactId)) return doc;
  const current = recordFor(doc, key, contactId);
  const base = current ?? blank(contactId);
  const next = change(base);
  if (next === base) return doc;
  const stored = { ...next, id: current?.id || newId(idPrefix) };
  const list = doc[key] as readonly PersonRecord<K>[];
  return { ...doc, [key]: current ? list.map((r) => (r.id === current.id ? stored : r)) : [...list, stored] };
}

// Which person a person-based worksheet opens on: the one a link asks for (`?contact=<id>`), else
// the one the student was last on (kept in the workbook, so it survives reloads), else the
// worksheet's own first choice. Pure functions; the islands call them. Remembering a choice is in
// remember-person.ts, fetched with choose-person.ts at the student's first choice.
import type { ChosenPeople, Workbook } from '../../workbook/model';

/** The worksheets that remember a person: the four of step 5 share one, the thank-you has its own. */
export type PersonWorksheet = keyof ChosenPeople;

/** The person `worksheet` was last on, or '' (a workbook saved before people were remembered has none). */
export function rememberedPerson(doc: Workbook, worksheet: PersonWorksheet): string {
  // Trusted by its checksum, a workbook saved by an older version of the site can lack `chosen`.
  return (doc.chosen as ChosenPeople | undefined)?.[worksheet] ?? '';
}

/** The person an address asks for with `?contact=<id>`, or '' (`search` is `location.search`). */
export function askedPerson(search: string): string {
  return new URLSearchParams(search).get('contact') ?? '';
}

/**
 * The person `worksheet` opens on: the one asked for, else the one remembered, each only while
 * they are on the list; else `first` (the worksheet's own first choice, '' when the list is empty).
 */
export function openingPerson(doc: Workbook, worksheet: PersonWorksheet, asked: string, first: string): string {
  const onList = (id: string) => id !== '' && doc.contacts.some((c) => c.id === id);
  if (onList(asked)) return asked;
  const remembered = rememberedPerson(doc, worksheet);
  return onList(remembered) ? remembered : first;
}

// Which person a person-based worksheet opens on: the one a link asks for (`?contact=<id>`), else
// the one the student was last on (kept in the workbook, so it survives reloads), else the
// worksheet's own first choice. Pure functions; the islands call them.
import type { ChosenPeople, Workbook } from '../../workbook/model';

/** The worksheets that remember a person: the four of step 5 share one, the thank-you has its own. */
export type PersonWorksheet = keyof ChosenPeople;

/** No one chosen on any worksheet. */
const NO_ONE: ChosenPeople = { makeContact: '', thankYou: '' };

/** The person `worksheet` was last on, or '' (a workbook saved before people were remembered has none). */
export function rememberedPerson(doc: Workbook, worksheet: PersonWorksheet): string {
  // Trusted by its checksum, a workbook saved by an older version of the site can lack `chosen`.
  return (doc.chosen as ChosenPeople | undefined)?.[worksheet] ?? '';
}

/** A change that remembers `id` as the person `worksheet` is on (the same workbook when it already is). */
export function rememberPerson(worksheet: PersonWorksheet, id: string): (doc: Workbook) => Workbook {
  return (doc) =>
    rememberedPerson(doc, worksheet) === id ? doc : { ...doc, chosen: { ...NO_ONE, ...doc.chosen, [worksheet]: id } };
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

/** `href` (a page address with any query and #anchor) with `?contact=` set to `id`, other parameters kept. */
export function withPerson(href: string, id: string): string {
  const url = new URL(href, 'https://site.invalid');
  url.searchParams.set('contact', id);
  return `${url.pathname}${url.search}${url.hash}`;
}

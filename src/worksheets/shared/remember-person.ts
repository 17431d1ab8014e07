// Remembering the person a worksheet is on: in the workbook and in the page's address. Pure
// functions, fetched with choose-person.ts at the student's first choice (chosen-person.ts reads them back).
import type { ChosenPeople, Workbook } from '../../workbook/model';
import { type PersonWorksheet, rememberedPerson } from './chosen-person';

/** No one chosen on any worksheet. */
const NO_ONE: ChosenPeople = { makeContact: '', thankYou: '' };

/** A change that remembers `id` as the person `worksheet` is on (the same workbook when it already is). */
export function rememberPerson(worksheet: PersonWorksheet, id: string): (doc: Workbook) => Workbook {
  return (doc) =>
    rememberedPerson(doc, worksheet) === id ? doc : { ...doc, chosen: { ...NO_ONE, ...doc.chosen, [worksheet]: id } };
}

/** `href` (a page address with any query and #anchor) with `?contact=` set to `id`, other parameters kept. */
export function withPerson(href: string, id: string): string {
  const url = new URL(href, 'https://site.invalid');
  url.searchParams.set('contact', id);
  return `${url.pathname}${url.search}${url.hash}`;
}

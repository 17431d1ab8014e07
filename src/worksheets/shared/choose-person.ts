import { updateWorkbook } from '../../workbook/client';
import type { PersonWorksheet } from './chosen-person';
import { rememberPerson, withPerson } from './remember-person';

/**
 * Remembers `id` as the person `worksheet` is on: in the workbook (so the next visit opens on
 * them) and in the page's address (so a reload, or a link asked for ?contact=, stays on them).
 */
export function choosePerson(worksheet: PersonWorksheet, id: string): void {
  updateWorkbook(rememberPerson(worksheet, id));
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', withPerson(`${pathname}${search}${hash}`, id));
}

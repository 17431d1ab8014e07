// Where the QR codes of printed handouts lead: to the worksheet itself, never to the top of the page.
import { WORKSHEET_PAGES, worksheetPath } from '../worksheets/addresses';
import { WORKSHEETS, type WorksheetId } from '../worksheets/registry';

/** The worksheets on a page, in the guide's order. */
export function worksheetsOn(page: string): WorksheetId[] {
  return WORKSHEETS.map((w) => w.id).filter((id) => WORKSHEET_PAGES[id] === page);
}

/**
 * The address a step page's handout QR code opens: its worksheet when it has one, or the section
 * that holds its worksheets ("Your worksheets", #worksheet) when it has several.
 */
export function handoutPath(page: string): string {
  const worksheets = worksheetsOn(page);
  const [only] = worksheets;
  return worksheets.length === 1 && only ? worksheetPath(only) : `${page}#worksheet`;
}

/** True when a worksheet shares its page with others: printed alone, it carries its own QR code. */
export function hasOwnQr(id: WorksheetId): boolean {
  return worksheetsOn(WORKSHEET_PAGES[id]).length > 1;
}

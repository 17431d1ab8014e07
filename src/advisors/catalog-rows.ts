// The plan catalog's short rows read back into link targets: shared by the catalog module (its JSON
// bundled, for the share code) and the plan page (the same rows written into its HTML).
import { isWorksheetId, type WorksheetId } from '../worksheets/registry';

/** A section, worksheet or page a plan can point to. */
export interface PlanTarget {
  code: string;
  kind: 'page' | 'section' | 'worksheet';
  href: string;
  title: string;
  /** Title of the page the target is on. */
  pageTitle: string;
  /** The worksheets whose progress this target shows (the worksheet itself, or a step page's). */
  worksheets: WorksheetId[];
}

/** The catalog as written by npm run links: each page [path, title, rows], then the retired codes. */
export interface CatalogRows {
  pages: [string, string, string[][]][];
  retired: string[];
}

/** Characters of a code, in the order codes are given. */
const CODE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The code after `code` in the order codes are given ("10" -> "11", "1z" -> "20"). */
function nextCode(code: string): string {
  const n = CODE_ALPHABET.indexOf(code[0] ?? '') * 36 + CODE_ALPHABET.indexOf(code[1] ?? '') + 1;
  return (CODE_ALPHABET[Math.floor(n / 36)] ?? '') + (CODE_ALPHABET[n % 36] ?? '');
}

/** Every target by its code, read from the catalog's short rows: [anchor, title, worksheets, code, kind]. */
export function targetsFromRows(pages: CatalogRows['pages']): Map<string, PlanTarget> {
  const targets = new Map<string, PlanTarget>();
  let code = '';
  for (const [path, pageTitle, rows] of pages) {
    for (const [anchor = '', title = '', worksheets = '', given = '', kind = ''] of rows) {
      code = given || nextCode(code);
      const ids = worksheets ? worksheets.split(' ') : [];
      const shownTitle = title || (anchor ? '' : pageTitle);
      targets.set(code, {
        code,
        kind: (kind || (anchor === '' ? 'page' : ids.length ? 'worksheet' : 'section')) as PlanTarget['kind'],
        href: anchor ? `${path}#${anchor}` : path,
        title: shownTitle,
        pageTitle: pageTitle || shownTitle,
        worksheets: ids.filter(isWorksheetId),
      });
    }
  }
  return targets;
}

// The names the notes on organizations of step 3 hold, one a line: the worksheet offers to add them
// to the ranked list (its add island counts them; org-changes.ts adds them).
import { cleanName, MAX_NAME, type Organization } from '../../workbook/model';

/** Marks a line of notes may start with ("- ", "* ", "• ", "1. ", "2) "). */
const LIST_MARK = /^(?:[-*•–]\s+|\d{1,3}[.)]\s+)/u;

/** What the notes on organizations would add to the list: one name a line (or between semicolons), and lines too long to be a name. */
export function namesFromNotes(notes: string, list: readonly Organization[]): { names: string[]; tooLong: number } {
  const names: string[] = [];
  let tooLong = 0;
  const seen = new Set(list.map((org) => cleanName(org.name).toLocaleLowerCase()));
  for (const line of notes.split(/\r\n|[\r\n;]/)) {
    const name = cleanName(line.trim().replace(LIST_MARK, ''));
    if (!name) continue;
    if (name.length > MAX_NAME) {
      tooLong++;
      continue;
    }
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return { names, tooLong };
}

// Step 3's ranked list of organizations, as the page describes it (a LAMP list: list, alumni or
// advocacy, motivation, posting): the orders it can show, the names its notes hold, and the words
// My workbook, the export and print use (org-words.ts, re-exported here). The changes the worksheet
// makes are in org-changes.ts, fetched at the first one. Pure functions over plain data.
import { orgListOf } from '../../workbook/goal-parts';
import { sameIds } from '../../workbook/lookups';
import { cleanName, type Goals, MAX_NAME, type Organization } from '../../workbook/model';
import { compareNameKeys, nameKey } from '../shared/compare-names';

// The words of an organization live apart, so the shared summary's page can say them without the rest.
export { ORG_CHECKS, orgFacts, orgLabel, UNNAMED } from './org-words';

/** The orders the list can be shown in. */
export type OrgSort = 'rank' | 'name' | 'added';

/** The orders, with their words, in the order the worksheet offers them. */
export const ORG_SORTS: ReadonlyArray<{ value: OrgSort; label: string }> = [
  { value: 'rank', label: 'Your ranking' },
  { value: 'name', label: 'Name, A to Z' },
  { value: 'added', label: 'The order you added them' },
];

/** How the ranking works, in words. */
export const RANK_RULE =
  'Your ranking puts the organizations you are most interested in first. Ties go to the ones hiring now, then the ones where someone might speak up for you, then the ones with alumni.';

/** 1 for true, 0 for false, for ordering. */
const one = (yes: boolean) => (yes ? 1 : 0);

/**
 * The ranking of two organizations: more interest first (not rated last), then hiring now, then
 * someone inside who might speak up (advocacy), then alumni there. 0 for a tie.
 */
export function compareRank(a: Organization, b: Organization): number {
  return (
    b.motivation - a.motivation ||
    one(b.posting) - one(a.posting) ||
    one(b.advocacy) - one(a.advocacy) ||
    one(b.alumni) - one(a.alumni)
  );
}

/** The list in the order asked for; ties keep the order added, and names left empty go last when sorting by name. */
export function sortOrganizations(list: readonly Organization[], by: OrgSort): Organization[] {
  if (by === 'added') return [...list];
  if (by === 'rank')
    return list
      .map((org, i) => ({ org, i }))
      .sort((a, b) => compareRank(a.org, b.org) || a.i - b.i)
      .map((x) => x.org);
  // Each name's key is made once, not at every comparison.
  return list
    .map((org, i) => ({ org, i, key: nameKey(cleanName(org.name)) }))
    .sort((a, b) => one(!a.key) - one(!b.key) || compareNameKeys(a.key, b.key) || a.i - b.i)
    .map((x) => x.org);
}

/** The list ranked (see compareRank). */
export function rankedOrganizations(goals: Goals): Organization[] {
  return sortOrganizations(orgListOf(goals), 'rank');
}

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

export { sameIds };

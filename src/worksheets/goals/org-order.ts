// The orders step 3's list of organizations can be shown in, and the ranking (a LAMP list: list,
// alumni or advocacy, motivation, posting), apart from the order by name (org-name-order.ts), which
// the worksheet fetches only when a student first reaches the choice of order.
import type { Organization } from '../../workbook/model';

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

/** The list ranked (see compareRank); ties keep the order added. */
export function inRankOrder(list: readonly Organization[]): Organization[] {
  return list
    .map((org, i) => ({ org, i }))
    .sort((a, b) => compareRank(a.org, b.org) || a.i - b.i)
    .map((x) => x.org);
}

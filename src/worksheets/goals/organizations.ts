// Step 3's ranked list of organizations, as the page describes it (a LAMP list: list, alumni or
// advocacy, motivation, posting): the orders it can show (org-order.ts, org-name-order.ts), the
// names its notes hold (org-notes.ts), and the words My workbook, the export and print use
// (org-words.ts), gathered here for the pages that show the list whole. The changes the worksheet
// makes are in org-changes.ts, fetched at the first one. Pure functions over plain data.
import { orgListOf } from '../../workbook/goal-parts';
import { sameIds } from '../../workbook/lookups';
import type { Goals, Organization } from '../../workbook/model';
import { inNameOrder } from './org-name-order';
import { inRankOrder, type OrgSort } from './org-order';

export { namesFromNotes } from './org-notes';
export { compareRank, ORG_SORTS, type OrgSort, RANK_RULE } from './org-order';
// The words of an organization live apart, so the shared summary's page can say them without the rest.
export { ORG_CHECKS, orgFacts, orgLabel, UNNAMED } from './org-words';

/** The list in the order asked for; ties keep the order added, and names left empty go last when sorting by name. */
export function sortOrganizations(list: readonly Organization[], by: OrgSort): Organization[] {
  if (by === 'added') return [...list];
  return by === 'rank' ? inRankOrder(list) : inNameOrder(list);
}

/** The list ranked (see compareRank). */
export function rankedOrganizations(goals: Goals): Organization[] {
  return inRankOrder(orgListOf(goals));
}

export { sameIds };

// The advisor page is too big for one axe scan on a slow machine (226 rows of links: about 25 s on
// a quiet machine, 50 s and more on a busy one), so it is checked in parts, one test each.
import type AxeBuilder from '@axe-core/playwright';
import { targets } from '../fixtures/advisor-e2e';

/** The rows of one guide page in the advisor page's list (a fieldset that starts with the page's own row). */
const rowsOf = (code: string) => `#plan-items fieldset.target-page:has(#t-${code})`;

/** Every fieldset of rows in the list; the part called "the page around the list" leaves them out. */
export const ALL_ROWS = '#plan-items fieldset.target-page';

/** One part of the advisor page for axe: a name for the test title and what to scan. */
export interface AdvisorPart {
  name: string;
  /** Narrows a scan of the whole page to this part. */
  scope(builder: AxeBuilder): AxeBuilder;
}

/** The parts that together cover the advisor page: the page around the list, then the rows of each guide page. */
export const ADVISOR_PARTS: AdvisorPart[] = [
  // Excluding keeps the whole page as axe's context, so the rules about the page as a whole run too.
  { name: 'the page around the list of links', scope: (builder) => builder.exclude(ALL_ROWS) },
  ...targets
    .filter((t) => t.kind === 'page')
    .map((t) => ({ name: `the rows of ${t.page}`, scope: (builder: AxeBuilder) => builder.include(rowsOf(t.code)) })),
];

/** The number of fieldsets of rows the parts scan one by one (one per guide page). */
export const ROW_GROUPS = ADVISOR_PARTS.length - 1;

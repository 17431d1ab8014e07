// An organization of step 3's ranked list in words ("River Trust", "Interest: High · Hiring now"),
// apart from the list's changes and orders so that a page that only shows it loads only this.
import { cleanName, type Organization } from '../../workbook/model';
import { ratingWord } from '../shared/priorities/rating-words';

/** The yes-or-no questions of each organization, with their words. */
export const ORG_CHECKS: ReadonlyArray<{ key: 'alumni' | 'advocacy' | 'posting'; label: string }> = [
  { key: 'alumni', label: 'Alumni work there' },
  { key: 'advocacy', label: 'Someone there could speak up for you' },
  { key: 'posting', label: 'Hiring now' },
];

/** The name shown for an organization whose name was cleared. */
export const UNNAMED = 'Unnamed organization';

/** An organization's answers in words, for lists and exports: "Interest: High · Alumni work there · Hiring now". */
export function orgFacts(org: Omit<Organization, 'id'>): string {
  return [`Interest: ${ratingWord(org.motivation)}`, ...ORG_CHECKS.filter((c) => org[c.key]).map((c) => c.label)].join(
    ' · ',
  );
}

/** The name to show for an organization (invisible control characters do not count as a name). */
export function orgLabel(org: Pick<Organization, 'name'>): string {
  return cleanName(org.name.replace(/\p{Cc}/gu, ' ')) || UNNAMED;
}

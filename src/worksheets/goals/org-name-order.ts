// Step 3's organizations by name, A to Z (case and accents ignored, numbers by value), apart from
// the ranking (org-order.ts): the worksheet fetches it when a student first reaches the choice of order.
import { cleanName, type Organization } from '../../workbook/model';
import { compareNameKeys, nameKey } from '../shared/compare-names';

/** The list by name; ties keep the order added, and names left empty go last. */
export function inNameOrder(list: readonly Organization[]): Organization[] {
  // Each name's key is made once, not at every comparison.
  return list
    .map((org, i) => ({ org, i, key: nameKey(cleanName(org.name)) }))
    .sort((a, b) => Number(!a.key) - Number(!b.key) || compareNameKeys(a.key, b.key) || a.i - b.i)
    .map((x) => x.org);
}

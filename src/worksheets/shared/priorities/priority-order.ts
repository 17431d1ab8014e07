// The order of the people by the student's ratings, and the top five in that order, apart from the
// rest of the priorities so that the step 5 person menu orders its top five without loading the
// rating changes (and the contact changes they bring).
import type { Contact } from '../../../workbook/model';
import { compareNameKeys, nameKey } from '../compare-names';

/**
 * The people in priority order: by how much the student wants to talk to them, then relevance, then
 * name; people not rated come last, and ties keep the order they were added.
 */
export function sortByPriority(contacts: readonly Contact[]): Contact[] {
  // Each name's sort key is made once (not at every comparison): 5,000 people sort in a few milliseconds.
  return contacts
    .map((c) => ({ c, key: nameKey(c.name) }))
    .sort((a, b) => b.c.motivation - a.c.motivation || b.c.relevance - a.c.relevance || compareNameKeys(a.key, b.key))
    .map((x) => x.c);
}

/** The people of a list who are in the top five, in priority order. */
export function topFiveOf(contacts: readonly Contact[]): Contact[] {
  return sortByPriority(contacts.filter((c) => c.topFive));
}

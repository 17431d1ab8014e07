import { updateContact } from '../../../workbook/contacts';
import type { Circle, Contact, Place, Rating, Workbook } from '../../../workbook/model';
import { topFiveOf } from './priority-order';

// The order by ratings lives apart, so the step 5 person menu can order its top five without the rest.
export { sortByPriority, topFiveOf } from './priority-order';
// The words of a rating live apart, so the shared summary's page can say them without the rest.
export { RATING_CHOICES, RATING_QUESTIONS, type RatingKey, ratingWord } from './rating-words';

import type { RatingKey } from './rating-words';

/** How many people the top five can hold. */
export const TOP_FIVE_LIMIT = 5;

/** The two ratings a student gives each person. */

/** The short name of each question, shown above its 1-2-3 choices where a row is narrow. */
export const RATING_SHORT: Readonly<Record<RatingKey, string>> = {
  relevance: 'Relevance',
  motivation: 'Want to talk',
};

/** True once both questions are answered for a person. */
export function isRated(contact: Contact): boolean {
  return contact.relevance > 0 && contact.motivation > 0;
}

/** How many people are rated (both questions answered) and how many are not yet. */
export function ratingCounts(contacts: readonly Contact[]): { total: number; rated: number; unrated: number } {
  const rated = contacts.filter(isRated).length;
  return { total: contacts.length, rated, unrated: contacts.length - rated };
}

/** Ids of the people not fully rated yet, in list order. */
export function unratedIds(contacts: readonly Contact[]): string[] {
  return contacts.filter((c) => !isRated(c)).map((c) => c.id);
}

/** Saves one rating of one person. */
export function setRating(doc: Workbook, id: string, key: RatingKey, value: Rating, now: Date): Workbook {
  const person = doc.contacts.find((c) => c.id === id);
  if (!person || person[key] === value) return doc;
  return updateContact(doc, id, { [key]: value }, now);
}

/** The people in the top five, in priority order. */
export function topFive(doc: Workbook): Contact[] {
  return topFiveOf(doc.contacts);
}

/** Joins names as "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The result of a top-five change: the new workbook, or a message in words. */
export type TopFiveResult = { ok: true; doc: Workbook } | { ok: false; error: string };

/** Puts a person in the top five or takes them out; a sixth person is refused with a message. */
export function setTopFive(doc: Workbook, id: string, on: boolean, now: Date): TopFiveResult {
  const person = doc.contacts.find((c) => c.id === id);
  if (!person) return { ok: false, error: 'That person is no longer on your list.' };
  if (person.topFive === on) return { ok: true, doc };
  if (on) {
    const chosen = topFive(doc);
    if (chosen.length >= TOP_FIVE_LIMIT) {
      return {
        ok: false,
        error: `Your top five is full: ${listNames(chosen.map((c) => c.name))}. Take someone out of it first, then add ${person.name}.`,
      };
    }
  }
  return { ok: true, doc: updateContact(doc, id, { topFive: on }, now) };
}

/** Where a person comes from, in words: circle, organization and the place where they were met (circles and places by id). */
export function personContext(
  contact: Contact,
  circles: ReadonlyMap<string, Circle>,
  places: ReadonlyMap<string, Place>,
): string {
  const circle = circles.get(contact.circleId)?.name;
  const place = places.get(contact.sourcePlaceId)?.name;
  return [circle, contact.org.trim(), place ? `Met at ${place}` : ''].filter(Boolean).join(' · ');
}

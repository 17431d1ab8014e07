// What the person page's first island says about its address: the page's title for the person
// found, or what is wrong when the address leads to no one on the list. Pure functions.
import type { Workbook } from '../workbook/model';
import { type AskedPerson, writtenAbout } from './person-story';

/** True when the workbook still holds something written about `id`, a person no longer on the list. */
function wasRemoved(doc: Workbook, id: string): boolean {
  return Object.values(writtenAbout(doc, id)).some((items) => items.length > 0);
}

/** What the page says when its address does not lead to anyone on the list, or undefined when it does. */
export function addressProblem(doc: Workbook, asked: AskedPerson): string | undefined {
  if (asked.kind === 'none') return 'This page shows one person from your workbook, but its address does not say who.';
  if (asked.kind === 'malformed')
    return 'This address is not one this site makes for a person: it may have been cut short or changed when it was copied.';
  if (doc.contacts.some((c) => c.id === asked.id)) return undefined;
  return wasRemoved(doc, asked.id)
    ? 'This person is no longer on your list: they were removed. What you wrote about them is still in My workbook.'
    : 'No one on your list in this browser has this address. They may have been removed, or the link comes from another device or browser.';
}

/** The page's title: "Sam Lee in your workbook". */
export function personTitle(name: string): string {
  return `${name} in your workbook`;
}

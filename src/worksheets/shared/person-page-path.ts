// The person page's address, apart from the worksheets' addresses (addresses.ts): the islands that
// link to people (My workbook, the tracker, the network map) load only this and PersonPageLink.

/** The person page: everything about one person across the steps (src/pages/workbook/person.astro). */
export const PERSON_PAGE = '/workbook/person/';

/** The address of one person's page, such as `/workbook/person/?id=c1`. */
export function personPagePath(contactId: string): string {
  return `${PERSON_PAGE}?id=${encodeURIComponent(contactId)}`;
}

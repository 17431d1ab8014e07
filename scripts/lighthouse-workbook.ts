// The workbook the Lighthouse bench stores before it measures the contact tracker and My workbook:
// 50 varied contacts, saved exactly as the site saves them (with the checksum), like a returning student's.

import { checkKeyOf, WORKBOOK_KEY } from '../src/workbook/engine';
import { withLineage } from '../src/workbook/lineage';
import type { Workbook } from '../src/workbook/model';
import { storedJson } from '../src/workbook/stored-json';
import { manyContacts, workbookWith } from '../src/worksheets/shared/follow-up/fixtures';

const HOW_KNOWN = ['Met at the spring career fair.', 'My aunt’s colleague.', 'Captain of the climbing club.'];
const NOTE =
  'Works on river monitoring; the team takes summer interns. Suggested the state certification course ' +
  'and offered to introduce me to a colleague in policy.';

/** The localStorage items (key → text) of a saved workbook with `count` contacts, dated around `today` (YYYY-MM-DD). */
export function seededWorkbookItems(count: number, today: string): Record<string, string> {
  const contacts = manyContacts(count, today).map((c, i) => ({
    ...c,
    howKnown: HOW_KNOWN[i % HOW_KNOWN.length] ?? '',
    notes: i % 2 ? NOTE : '',
  }));
  return storedItems(workbookWith(contacts));
}

/**
 * The localStorage items (key → text) of `doc` saved exactly as the engine saves it: the stored JSON
 * ending with its lineage (a first save), and the save's id beside it.
 */
export function storedItems(doc: Workbook): Record<string, string> {
  const { text, id } = withLineage(storedJson(doc), []);
  return { [WORKBOOK_KEY]: text, [checkKeyOf(WORKBOOK_KEY)]: id };
}

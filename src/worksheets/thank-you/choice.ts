// Whom the menu offers first: thank-yous due (soonest first), then everyone else. Apart from
// compose.ts (which re-exports it), for the two islands that both pick the person shown.
import type { Contact, Workbook } from '../../workbook/model';
import { thankYouDue, thankYouPending } from '../shared/follow-up/due-rules';

/** The people to choose from: thank-yous due first (soonest first), then everyone else in list order. */
export function thankYouChoices(contacts: readonly Contact[]): { due: Contact[]; others: Contact[] } {
  const due = contacts.filter(thankYouPending);
  // Dates written YYYY-MM-DD sort as text; no date sorts last.
  due.sort((a, b) => {
    const x = thankYouDue(a) || '9999';
    const y = thankYouDue(b) || '9999';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const dueIds = new Set(due.map((c) => c.id));
  return { due, others: contacts.filter((c) => !dueIds.has(c.id)) };
}

/** The person to show first when no link asks for one and none is remembered: the first thank-you due, else the first person. */
export function initialChoice(doc: Workbook): string {
  const { due, others } = thankYouChoices(doc.contacts);
  return due[0]?.id ?? others[0]?.id ?? '';
}

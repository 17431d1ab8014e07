// Test data for the step 6 and 7 worksheets' unit tests.
import { blankContact, type Contact, emptyWorkbook, type Workbook } from '../../../workbook/model';

const STAMP = '2026-11-25T10:00:00.000Z';

/** A stored contact with every field; override what the test needs. */
export function contact(id: string, name: string, extra: Partial<Contact> = {}): Contact {
  return { ...blankContact(id, name, STAMP), circleId: 'work', ...extra };
}

/** An empty workbook holding these contacts. */
export function workbookWith(contacts: Contact[], extra: Partial<Workbook> = {}): Workbook {
  return { ...emptyWorkbook(new Date(STAMP)), contacts, ...extra };
}

const FIRST = ['Maria', 'Sam', 'Priya', 'Chris', 'José', 'Amara', 'Lena', 'Tomás', 'Wei', 'Fatima', 'Noah', 'Zoë'];
const STATUS_CYCLE: Contact['status'][] = [
  'not-contacted',
  'reached-out',
  'met',
  'thanked',
  'keeping-in-touch',
  'no-reply',
];

/** `n` varied contacts with statuses, circles and dates spread around `today` ('YYYY-MM-DD'). */
export function manyContacts(n: number, today: string): Contact[] {
  const base = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length] ?? 'not-contacted';
    return contact(`m${i}`, `${FIRST[i % FIRST.length]} Person ${i}`, {
      circleId: ['work', 'family', 'activities', ''][i % 4] ?? '',
      org: `Organization ${i % 17}`,
      email: i % 3 ? `person${i}@example.org` : '',
      status,
      reachedOutAt: status === 'not-contacted' ? '' : day(-(i % 20) - 1),
      metAt: status === 'met' || status === 'thanked' ? day(-(i % 9)) : '',
      thankedAt: status === 'thanked' ? day(-(i % 5)) : '',
      lastContactAt: status === 'not-contacted' ? '' : day(-(i % 30)),
      nextContactAt: i % 2 ? day((i % 40) - 10) : '',
      referredBy: i % 7 === 0 && i > 0 ? `m${i - 1}` : '',
    });
  });
}

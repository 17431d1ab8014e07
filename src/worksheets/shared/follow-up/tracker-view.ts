import type { Day } from '../../../lib/days';
import type { Contact, ContactStatus } from '../../../workbook/model';
import { compareNameKeys, nameKey } from '../compare-names';
import { type DueState, dueState } from './due';
import { type NextDue, nextDue } from './next-due';
import { ALL, ATTENTION } from './tracker-links';

/** Ways to order the tracker. */
export type SortKey = 'next' | 'last' | 'name';

/** The sort choices, in the order the menu shows them. */
export const SORT_CHOICES: ReadonlyArray<{ value: SortKey; label: string }> = [
  { value: 'next', label: 'Next follow-up first' },
  { value: 'last', label: 'Last contact, newest first' },
  { value: 'name', label: 'Name, A to Z' },
];

export { statusCounts } from './status-counts';
export { ALL, ATTENTION } from './tracker-links';
/** Circle filter value for people in no circle (or a circle that was removed). */
export const NO_CIRCLE = ':none';

/** What the tracker shows: a status (or ALL / ATTENTION) and a circle (or ALL / NO_CIRCLE). */
export interface TrackerFilter {
  status: string;
  circle: string;
}

/** One person as the tracker sorts and filters them, computed once per change of the workbook. */
export interface TrackerRow {
  id: string;
  name: string;
  /** The name as it sorts (nameKey), made once per row so sorting 5,000 people stays fast. */
  nameKey: string;
  status: ContactStatus;
  /** The circle id, or NO_CIRCLE when the person is in no known circle. */
  circle: string;
  last: Day;
  next: NextDue | undefined;
  state: DueState;
}

/**
 * Computes the tracker's view of every person in one pass (no per-row work left for rendering).
 * `previous` (the last call's arguments and rows) lets a person who did not change keep their row,
 * so a keystroke in one person's notes does not redo the dates and sort keys of 5,000.
 */
export function buildRows(
  contacts: readonly Contact[],
  circleIds: ReadonlySet<string>,
  today: Day,
  previous?: { contacts: readonly Contact[]; circleIds: ReadonlySet<string>; today: Day; rows: readonly TrackerRow[] },
): TrackerRow[] {
  // A person who did not change keeps their row (the same object at the same place in the list).
  const reuse = previous && previous.circleIds === circleIds && previous.today === today ? previous : undefined;
  return contacts.map((c, i) => {
    const before = reuse?.rows[i];
    if (before && reuse?.contacts[i] === c) return before;
    const next = nextDue(c, today);
    const row: TrackerRow = {
      id: c.id,
      name: c.name,
      nameKey: before?.name === c.name ? before.nameKey : nameKey(c.name),
      status: c.status,
      circle: circleIds.has(c.circleId) ? c.circleId : NO_CIRCLE,
      last: c.lastContactAt,
      next,
      state: next ? (next.due ? dueState(next.due, today) : 'today') : 'none',
    };
    // A change the tracker does not show (such as the notes) keeps the row, so nothing is sorted again.
    return before && sameRow(before, row) ? before : row;
  });
}

/** True when two rows show the same thing. */
function sameRow(a: TrackerRow, b: TrackerRow): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.status === b.status &&
    a.circle === b.circle &&
    a.last === b.last &&
    a.state === b.state &&
    a.next?.kind === b.next?.kind &&
    a.next?.due === b.next?.due
  );
}

/** True when two lists hold the very same rows (for a memo: then nothing needs sorting again). */
export function sameRows(a: readonly TrackerRow[], b: readonly TrackerRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/** True when a follow-up is overdue, due today or due within the next 3 days. */
export function needsAttention(row: TrackerRow): boolean {
  return row.state === 'overdue' || row.state === 'today' || row.state === 'soon';
}

/** True when a row passes the filter. */
export function matches(row: TrackerRow, filter: TrackerFilter): boolean {
  if (filter.circle !== ALL && row.circle !== filter.circle) return false;
  if (filter.status === ALL) return true;
  if (filter.status === ATTENTION) return needsAttention(row);
  return row.status === filter.status;
}

/** Orders two rows by the chosen sort; names break ties, then the order people were added. */
export function compareRows(a: TrackerRow, b: TrackerRow, sort: SortKey): number {
  if (sort === 'next') {
    const ad = a.next ? a.next.due || '9999-12-30' : '9999-12-31';
    const bd = b.next ? b.next.due || '9999-12-30' : '9999-12-31';
    if (ad !== bd) return ad < bd ? -1 : 1;
  }
  if (sort === 'last' && a.last !== b.last) {
    if (!a.last) return 1;
    if (!b.last) return -1;
    return a.last > b.last ? -1 : 1;
  }
  return compareNameKeys(a.nameKey, b.nameKey);
}

/** The ids of the rows that pass the filter, in sorted order. */
export function orderIds(rows: readonly TrackerRow[], filter: TrackerFilter, sort: SortKey): string[] {
  return rows
    .filter((row) => matches(row, filter))
    .sort((a, b) => compareRows(a, b, sort))
    .map((row) => row.id);
}

/** How many follow-ups are overdue, due today and due within the next 3 days. */
export function attentionCounts(rows: readonly TrackerRow[]): { overdue: number; today: number; soon: number } {
  const out = { overdue: 0, today: 0, soon: 0 };
  for (const row of rows) {
    if (row.state === 'overdue') out.overdue++;
    else if (row.state === 'today') out.today++;
    else if (row.state === 'soon') out.soon++;
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { sameIds } from '../../../workbook/lookups';
import { contact } from './fixtures';
import {
  ALL,
  ATTENTION,
  attentionCounts,
  buildRows,
  NO_CIRCLE,
  orderIds,
  sameRows,
  statusCounts,
} from './tracker-view';

const today = '2026-11-25';
const circles = new Set(['work', 'family']);
const people = [
  contact('a', 'Zoë Okafor', { status: 'reached-out', reachedOutAt: '2026-11-23', lastContactAt: '2026-11-23' }),
  contact('b', 'ana Souza', { status: 'met', metAt: '2026-11-20', lastContactAt: '2026-11-20', circleId: 'family' }),
  contact('c', 'Émile', { nextContactAt: '2026-12-20', circleId: 'gone' }),
  contact('d', '李伟', { status: 'thanked', lastContactAt: '2026-11-24', nextContactAt: '2026-11-26' }),
  contact('e', 'Bob "Bobby" Lee, Jr.', { circleId: '' }),
];
const rows = buildRows(people, circles, today);

describe('tracker rows, filters and sorts', () => {
  it('keeps the rows of people who did not change, and redoes the row of the one who did', () => {
    const changed = people.map((p) => (p.id === 'c' ? { ...p, name: 'Émile Zola', nextContactAt: '2026-11-24' } : p));
    const again = buildRows(changed, circles, today, { contacts: people, circleIds: circles, today, rows });
    expect(again.filter((r, i) => r === rows[i]).map((r) => r.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(again[2]).toEqual(buildRows(changed, circles, today)[2]);
    expect(again[2]?.state).toBe('overdue');
  });

  it('keeps the row of a person whose change the tracker does not show (their notes)', () => {
    const noted = people.map((p) => (p.id === 'b' ? { ...p, notes: 'Likes maps.' } : p));
    const again = buildRows(noted, circles, today, { contacts: people, circleIds: circles, today, rows });
    expect(sameRows(again, rows)).toBe(true);
    const renamed = people.map((p) => (p.id === 'b' ? { ...p, name: 'Ana Souza' } : p));
    expect(
      sameRows(buildRows(renamed, circles, today, { contacts: people, circleIds: circles, today, rows }), rows),
    ).toBe(false);
  });

  it('redoes every row on another day or with other circles', () => {
    const previous = { contacts: people, circleIds: circles, today, rows };
    const tomorrow = buildRows(people, circles, '2026-11-26', previous);
    expect(tomorrow.some((r, i) => r === rows[i])).toBe(false);
    expect(tomorrow[0]?.state).toBe('today');
    const fewer = new Set(['work']);
    expect(buildRows(people, fewer, today, previous)[1]?.circle).toBe(NO_CIRCLE);
  });

  it('works out each person’s next follow-up and how urgent it is', () => {
    expect(rows.map((r) => [r.id, r.next?.due ?? '', r.state])).toEqual([
      ['a', '2026-11-26', 'soon'],
      ['b', '2026-11-23', 'overdue'],
      ['c', '2026-12-20', 'later'],
      ['d', '2026-11-26', 'soon'],
      ['e', '', 'none'],
    ]);
    expect(rows.map((r) => r.circle)).toEqual(['work', 'family', NO_CIRCLE, 'work', NO_CIRCLE]);
  });

  it('sorts by next follow-up (no date last), by last contact (newest first) and by name', () => {
    expect(orderIds(rows, { status: ALL, circle: ALL }, 'next')).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(orderIds(rows, { status: ALL, circle: ALL }, 'last')).toEqual(['d', 'a', 'b', 'e', 'c']);
    expect(orderIds(rows, { status: ALL, circle: ALL }, 'name')).toEqual(['b', 'e', 'c', 'a', 'd']);
  });

  it('filters by status, by circle, by "needs attention" and by both', () => {
    expect(orderIds(rows, { status: 'met', circle: ALL }, 'name')).toEqual(['b']);
    expect(orderIds(rows, { status: ALL, circle: NO_CIRCLE }, 'name')).toEqual(['e', 'c']);
    expect(orderIds(rows, { status: ALL, circle: 'work' }, 'name')).toEqual(['a', 'd']);
    expect(orderIds(rows, { status: ATTENTION, circle: ALL }, 'next')).toEqual(['b', 'a', 'd']);
    expect(orderIds(rows, { status: 'not-contacted', circle: 'work' }, 'name')).toEqual([]);
  });

  it('counts statuses and urgent follow-ups', () => {
    expect(statusCounts(people)).toEqual({
      'not-contacted': 2,
      'reached-out': 1,
      'meeting-set': 0,
      met: 1,
      thanked: 1,
      'keeping-in-touch': 0,
      'no-reply': 0,
      declined: 0,
    });
    expect(attentionCounts(rows)).toEqual({ overdue: 1, today: 0, soon: 2 });
    expect(sameIds(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('builds, filters and sorts 500 people', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      contact(`p${i}`, `Person ${i}`, { nextContactAt: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const built = buildRows(many, circles, today);
    const ids = orderIds(built, { status: ALL, circle: ALL }, 'next');
    orderIds(built, { status: 'not-contacted', circle: 'work' }, 'name');
    expect(ids).toHaveLength(500);
    expect(ids.slice(0, 3)).toEqual(['p0', 'p28', 'p56']);
  });
});

import { groupBy } from '../../workbook/lookups';
import type { Contact, Workbook } from '../../workbook/model';
import type { MapGroup } from './map-summary';

// Removing a circle is one of the student's changes (circle-changes.ts, loaded on demand); named here
// too for the engine's test of the built-in circles. Nothing on the page imports it from here.
export { removeCircle } from './circle-changes';

/** A circle with its people, for display; the id '' groups people in no (or a missing) circle. */
export interface CircleGroup {
  id: string;
  name: string;
  builtIn: boolean;
  people: Workbook['contacts'];
}

/** Groups people by circle in circle order; people in no known circle come last. */
export function groupByCircle(doc: Pick<Workbook, 'circles' | 'contacts'>): CircleGroup[] {
  const known = new Set(doc.circles.map((c) => c.id));
  const byCircle = groupBy(doc.contacts, (p) => (known.has(p.circleId) ? p.circleId : ''));
  const groups: CircleGroup[] = doc.circles.map((c) => ({ ...c, people: byCircle.get(c.id) ?? [] }));
  const loose = byCircle.get('') ?? [];
  if (loose.length) groups.push({ id: '', name: 'Not in a circle', builtIn: false, people: loose });
  return groups;
}

/** "12 people in 3 circles" style totals. */
export function totals(doc: Pick<Workbook, 'circles' | 'contacts'>): { people: number; circlesWithPeople: number } {
  const known = new Set(doc.circles.map((c) => c.id));
  const used = new Set(doc.contacts.map((p) => p.circleId).filter((id) => known.has(id)));
  return { people: doc.contacts.length, circlesWithPeople: used.size };
}

/** True when the map would draw a person the same: it shows their name, ratings and status only. */
const drawnSame = (a: Contact, b: Contact): boolean =>
  a === b ||
  (a.id === b.id &&
    a.name === b.name &&
    a.relevance === b.relevance &&
    a.motivation === b.motivation &&
    a.status === b.status);

/**
 * True when two lists of circles draw the same map: the same circles in order, each with the same
 * people drawn the same. Typing a person's notes changes neither, so the picture need not redraw.
 */
export function drawSame(a: readonly MapGroup[], b: readonly MapGroup[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((group, i) => {
    const other = b[i];
    return (
      other !== undefined &&
      other.name === group.name &&
      other.people.length === group.people.length &&
      group.people.every((person, k) => {
        const was = other.people[k];
        return was !== undefined && drawnSame(person, was);
      })
    );
  });
}

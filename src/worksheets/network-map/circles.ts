import { withCircleRemoved } from '../../workbook/built-in-circles';
import { cleanName } from '../../workbook/contacts';
import { newId } from '../../workbook/ids';
import { groupBy } from '../../workbook/lookups';
import { type Circle, type Contact, MAX_NAME, type Workbook } from '../../workbook/model';
import type { MapGroup } from './map-summary';

/** The result of a circle change: the new workbook, or a message in words. */
export type CircleResult = { ok: true; doc: Workbook; id: string } | { ok: false; error: string };

/** Checks a circle name against empty, too long and already used (ignoring case). */
function circleNameProblem(doc: Workbook, name: string, exceptId?: string): string | undefined {
  const clean = cleanName(name);
  if (!clean) return 'Enter a name for the circle, for example "Neighbours" or "Volunteering".';
  if (clean.length > MAX_NAME) return `Circle names can be at most ${MAX_NAME} characters.`;
  const same = doc.circles.find((c) => c.id !== exceptId && c.name.toLocaleLowerCase() === clean.toLocaleLowerCase());
  if (same) return `You already have a circle called "${same.name}".`;
  return undefined;
}

/** Adds a circle of the student's own. */
export function addCircle(doc: Workbook, name: string): CircleResult {
  const error = circleNameProblem(doc, name);
  if (error) return { ok: false, error };
  const circle: Circle = { id: newId('c'), name: cleanName(name), builtIn: false };
  return { ok: true, doc: { ...doc, circles: [...doc.circles, circle] }, id: circle.id };
}

/** Renames any circle, the built-in ones included. */
export function renameCircle(doc: Workbook, id: string, name: string): CircleResult {
  if (!doc.circles.some((c) => c.id === id)) return { ok: false, error: 'That circle no longer exists.' };
  const error = circleNameProblem(doc, name, id);
  if (error) return { ok: false, error };
  return {
    ok: true,
    doc: { ...doc, circles: doc.circles.map((c) => (c.id === id ? { ...c, name: cleanName(name) } : c)) },
    id,
  };
}

/** Removes a circle; its people stay on the list under "Not in a circle". A built-in circle removed is never given back. */
export function removeCircle(doc: Workbook, id: string): Workbook {
  return {
    ...doc,
    circles: doc.circles.filter((c) => c.id !== id),
    contacts: doc.contacts.map((p) => (p.circleId === id ? { ...p, circleId: '' } : p)),
    circlesRemoved: withCircleRemoved(doc, id),
  };
}

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

// The circles every workbook starts with, declared once: the step 1 page's table
// (src/worksheets/network-map/CircleTable.astro), new workbooks and the network map read this list.
// Plain data and pure functions, no Zod, so islands can import it.
import type { Circle, Workbook } from './model';

/** A circle the site gives every student; its id never changes (people point to it). */
export interface BuiltInCircle {
  id: string;
  name: string;
  /** True for circles added after the first version: older workbooks get them once (giveBuiltInCircles). */
  later?: true;
}

/** The five circles of the step 1 page's table, in its order. */
export const BUILT_IN_CIRCLES: readonly BuiltInCircle[] = [
  { id: 'work', name: 'Work and internships' },
  { id: 'family', name: 'Family and friends' },
  { id: 'activities', name: 'Activities and hobbies' },
  { id: 'school', name: 'School', later: true },
  { id: 'community', name: 'Community', later: true },
];

/** The built-in circles, as a new workbook holds them. */
export function defaultCircles(): Circle[] {
  return BUILT_IN_CIRCLES.map(({ id, name }) => ({ id, name, builtIn: true }));
}

/** Ids of the built-in circles the student removed (a workbook trusted by its checksum can lack the list). */
export function removedCircles(doc: Pick<Workbook, 'circlesRemoved'>): readonly string[] {
  return (doc.circlesRemoved as readonly string[] | undefined) ?? [];
}

/**
 * The circles with the built-in ones an older workbook lacks (those added after the first version)
 * added at the end, in the page's order. Never adds one the student removed, one whose id is taken,
 * or one whose name a circle already has (a student's own "School" stays theirs). Every circle
 * already there is left as it is. Returns the same list when nothing is missing.
 */
export function withBuiltInCircles(circles: Circle[], removed: readonly string[]): Circle[] {
  const ids = new Set(circles.map((c) => c.id));
  const names = new Set(circles.map((c) => c.name.trim().toLocaleLowerCase()));
  const missing = BUILT_IN_CIRCLES.filter(
    (c) => c.later && !removed.includes(c.id) && !ids.has(c.id) && !names.has(c.name.toLocaleLowerCase()),
  );
  if (missing.length === 0) return circles;
  return [...circles, ...missing.map(({ id, name }) => ({ id, name, builtIn: true }))];
}

/**
 * The workbook with the built-in circles it lacks (see withBuiltInCircles); people are left exactly
 * as they are. The network map shows these circles at once and stores them with the student's first
 * change, so opening a page never writes. Returns the same workbook when nothing is missing.
 */
export function giveBuiltInCircles(doc: Workbook): Workbook {
  const circles = withBuiltInCircles(doc.circles, removedCircles(doc));
  return circles === doc.circles ? doc : { ...doc, circles };
}

/** The list of removed built-in circles after removing circle `id` (unchanged for a circle of the student's own). */
export function withCircleRemoved(doc: Pick<Workbook, 'circlesRemoved'>, id: string): string[] {
  const removed = removedCircles(doc);
  const builtIn = BUILT_IN_CIRCLES.some((c) => c.id === id);
  return builtIn && !removed.includes(id) ? [...removed, id] : [...removed];
}

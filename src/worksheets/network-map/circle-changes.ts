// The student's changes to the circles: adding and renaming one (map-changes.tsx loads them when
// the student first reaches the worksheet). Removing one, and how circles group people, is in circles.ts.
import { withCircleRemoved } from '../../workbook/built-in-circles';
import { cleanName } from '../../workbook/contacts';
import { newId } from '../../workbook/ids';
import { type Circle, MAX_NAME, type Workbook } from '../../workbook/model';

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

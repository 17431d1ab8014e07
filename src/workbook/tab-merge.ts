// What a tab needs to merge another tab's save into its own document. The engine loads it only
// when another tab has saved (or two records of one person must be joined), so that worksheet
// pages start with less code.
import type { Saves } from './lineage';
import { mergeWorkbooks } from './merge';
import { emptyWorkbook, type Workbook } from './model';

export { deepEqual } from './deep-equal';
export { onePerPerson } from './one-per-person';

/**
 * True for another tab's save that was written over before this tab read it, when this tab has
 * merged neither it nor a save made from it, and knows a save it was made from (so it can be merged).
 */
export function isLost(saves: Saves, id: string, lineage: readonly string[] | null): boolean {
  for (const [kept, save] of saves) if (kept === id || save.lineage.includes(id)) return false;
  return lineage !== null && ancestorText(saves, id, lineage) !== null;
}

/**
 * The JSON text of the newest save that both this tab's document and the save `id` (with
 * `lineage`) were made from: one this tab kept that none of the others it kept there was made
 * from; null when there is none.
 */
export function ancestorText(saves: Saves, id: string, lineage: readonly string[]): string | null {
  const shared = [id, ...lineage].filter((s) => saves.has(s));
  const newest = shared.find((s) => !shared.some((other) => saves.get(other)?.lineage.includes(s)));
  return newest === undefined ? null : (saves.get(newest)?.text ?? null);
}

/**
 * Merges another tab's save into this tab's document, against their newest common ancestor. When
 * none is known, the ancestor is `last` (the JSON of the save this tab was last in step with, null
 * for none), and nothing is deleted: against a guessed ancestor, edits could look like deletions.
 */
export function mergeSave(
  saves: Saves,
  doc: Workbook,
  remote: { id: string; lineage: readonly string[] | null; doc: Workbook },
  last: string | null,
  now: Date,
): Workbook {
  const ancestor = ancestorText(saves, remote.id, remote.lineage ?? []);
  if (ancestor !== null) return mergeWorkbooks(JSON.parse(ancestor) as Workbook, doc, remote.doc);
  const guess = last === null ? emptyWorkbook(now) : (JSON.parse(last) as Workbook);
  return mergeWorkbooks(guess, doc, remote.doc, true);
}

/** Joins two lineages, newest first, taking from each in turn, without repeats. */
export function joinLineages(a: readonly string[], b: readonly string[]): string[] {
  const ids = new Set<string>();
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    for (const id of [a[i], b[i]]) if (id) ids.add(id);
  }
  return [...ids];
}

import { deepEqual } from './deep-equal';
import type { Workbook } from './schema';

type Entity = Record<string, unknown> & { id: string };

/** Keys never copied onto a merged object, so a merge can never touch a prototype. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a plain, non-array object. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an object with a string id, the kind of item merged by id. */
function isEntity(value: unknown): value is Entity {
  return isPlainObject(value) && typeof value.id === 'string';
}

/** True while merging against a guessed ancestor: then nothing is deleted (see mergeWorkbooks). */
let keepAll = false;

/** Merges two objects key by key against their common ancestor. */
function mergeObjects(
  base: unknown,
  local: Record<string, unknown>,
  remote: Record<string, unknown>,
): Record<string, unknown> {
  const ancestor = isPlainObject(base) ? base : {};
  const merged: Record<string, unknown> = {};
  const keys = [...Object.keys(local), ...Object.keys(remote).filter((key) => !Object.hasOwn(local, key))];
  for (const key of keys) {
    if (UNSAFE_KEYS.has(key)) continue;
    const value = mergeValues(ancestor[key], local[key], remote[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Merges lists of entities by id: local order first, then items only the remote side has. */
function mergeEntityLists(base: unknown, local: Entity[], remote: Entity[]): Entity[] {
  const byId = (list: unknown): Map<string, Entity> =>
    new Map(Array.isArray(list) ? list.filter(isEntity).map((item) => [item.id, item]) : []);
  const baseItems = byId(base);
  const localItems = byId(local);
  const remoteItems = byId(remote);
  const merged: Entity[] = [];
  const emitted = new Set<string>();
  /** Adds an item once; repeated ids are skipped. */
  const emit = (item: Entity) => {
    if (emitted.has(item.id)) return;
    emitted.add(item.id);
    merged.push(item);
  };
  for (const item of local) {
    const ancestor = baseItems.get(item.id);
    const other = remoteItems.get(item.id);
    if (other) emit(mergeValues(ancestor, item, other) as Entity);
    // Deleted on the remote side: keep it only if it was created or edited here.
    else if (keepAll || !ancestor || !deepEqual(ancestor, item)) emit(item);
  }
  for (const item of remote) {
    if (localItems.has(item.id)) continue;
    const ancestor = baseItems.get(item.id);
    // Deleted here: keep it only if it was created or edited on the remote side.
    if (keepAll || !ancestor || !deepEqual(ancestor, item)) emit(item);
  }
  return merged;
}

/** Three-way merge of any JSON value; where both sides changed the same thing, local wins. */
function mergeValues(base: unknown, local: unknown, remote: unknown): unknown {
  if (deepEqual(local, remote)) return local;
  const all =
    Array.isArray(local) && Array.isArray(remote) ? [...local, ...remote, ...(Array.isArray(base) ? base : [])] : [];
  const entities = all.length > 0 && all.every(isEntity);
  // Against a guessed ancestor, objects and lists of entities are always merged part by part, so nothing is deleted.
  if (!(keepAll && (entities || (isPlainObject(local) && isPlainObject(remote))))) {
    if (deepEqual(base, local)) return remote;
    if (deepEqual(base, remote)) return local;
  }
  if (isPlainObject(local) && isPlainObject(remote)) return mergeObjects(base, local, remote);
  if (entities) return mergeEntityLists(base, local as Entity[], remote as Entity[]);
  return local;
}

// --- Last worksheet touched (issue 13 item 9) ---
/**
 * The last worksheet touched is one fact (a worksheet, the person it was on, a time): when both
 * sides touched a worksheet since `base`, it comes whole from the side that did so later, never
 * field by field from both, which could pair one tab's worksheet with the other tab's person.
 */
function keepNewerTouch(merged: Workbook, base: Workbook, local: Workbook, remote: Workbook): Workbook {
  const mine = local.lastTouched;
  const theirs = remote.lastTouched;
  // Only one side touched one (or a side saved before the field existed): the merge by key took it.
  const was = base.lastTouched;
  if (!mine || !theirs || deepEqual(mine, theirs) || deepEqual(was, mine) || deepEqual(was, theirs)) return merged;
  const newer = Date.parse(theirs.at) > Date.parse(mine.at) ? theirs : mine;
  return merged.lastTouched === newer ? merged : { ...merged, lastTouched: newer };
}
// --- end last worksheet touched ---

/**
 * Three-way merge of two edited copies of one workbook (`base` is their common ancestor), so
 * that edits made in two tabs to different things are both kept. With `keepDeleted` (when `base`
 * is only a guess), an item missing on one side is kept rather than deleted. Pure: inputs are not
 * changed, though unchanged parts of the result may share objects with them.
 */
export function mergeWorkbooks(base: Workbook, local: Workbook, remote: Workbook, keepDeleted = false): Workbook {
  // Every value in the result comes from one of the valid inputs, field by field and id by id,
  // so the result has the workbook's shape (the property tests check this).
  keepAll = keepDeleted;
  try {
    return keepNewerTouch(mergeValues(base, local, remote) as Workbook, base, local, remote);
  } finally {
    keepAll = false;
  }
}

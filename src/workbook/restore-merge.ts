// Restoring by merging: the workbook in this browser and a backup become one, keeping everything
// from both. Loaded only when a student chooses "Merge" in the restore preview.

import { isRecord } from '../lib/is-record';
import { mergeWorkbooks } from './merge';
import type { Workbook } from './model';
import { onePerPerson } from './one-per-person';
import { UNSAFE_KEYS } from './unsafe-keys';

/** True for an object with a string id: an item of a list matched by id. */
const isItem = (value: unknown): value is Record<string, unknown> & { id: string } =>
  isRecord(value) && typeof value.id === 'string';

/** Both values in one shape: objects key by key, lists of items by id (items of both), else the first. */
function union(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every(isItem)) {
    const byId = new Map<string, unknown>();
    for (const item of [...a, ...b]) byId.set(item.id, byId.has(item.id) ? union(byId.get(item.id), item) : item);
    return [...byId.values()];
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !UNSAFE_KEYS.has(key));
    return Object.fromEntries(keys.map((key) => [key, Object.hasOwn(a, key) ? union(a[key], b[key]) : b[key]]));
  }
  return a === undefined ? b : a;
}

/** The same shape with nothing written: '' for text, 0, false, no choices in lists; ids kept. */
function blankOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.every(isItem) ? value.map(blankOf) : [];
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'id' ? v : blankOf(v)]));
  if (typeof value === 'string') return '';
  if (typeof value === 'number') return 0;
  if (typeof value === 'boolean') return false;
  return null;
}

/**
 * Everything in `current` and everything in `backup`: people, answers and records are matched by
 * id (the same person, copied from one workbook to another, is kept once), and nothing is deleted.
 * A detail written on one side only is kept; where both wrote the same detail differently, the
 * backup's is kept (the student chose to bring it in). Records that exist once per person are
 * joined, with the texts of both. Pure.
 */
export function mergeBackupInto(current: Workbook, backup: Workbook): Workbook {
  // The ancestor is the blank of both: against it, a detail filled on one side only is that side's
  // change, and where both differ the first side (the backup) wins. Nothing is deleted.
  const ancestor = blankOf(union(backup, current)) as Workbook;
  return onePerPerson(mergeWorkbooks(ancestor, backup, current, true));
}

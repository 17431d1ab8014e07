// What changed between two versions of the workbook. Changes never edit a workbook in place (each
// makes a new one that shares every unchanged part), so comparing references finds them without
// looking inside: the page's store then updates only those parts instead of comparing 5,000 people.
import type { Workbook } from '../../workbook/model';

/** One changed part of the workbook: the whole part, or only some items of a list that kept its order. */
export type WorkbookChange = { key: keyof Workbook; items?: number[] };

/** True for a list item with an id (people, places, notes…). */
const hasId = (value: unknown): value is { id: unknown } =>
  typeof value === 'object' && value !== null && 'id' in value;

/**
 * The parts of `next` that differ from `prev`, in the order of `next`'s keys. A list with the same
 * length whose changed items keep their ids reports just those items' positions; any other change
 * of a list (added, removed or moved items) reports the whole list.
 */
export function workbookChanges(prev: Workbook, next: Workbook): WorkbookChange[] {
  const changes: WorkbookChange[] = [];
  const keys = new Set([...Object.keys(next), ...Object.keys(prev)] as Array<keyof Workbook>);
  for (const key of keys) {
    const before: unknown = prev[key];
    const after: unknown = next[key];
    if (before === after) continue;
    if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) {
      changes.push({ key });
      continue;
    }
    const items: number[] = [];
    let whole = false;
    for (let i = 0; i < after.length; i++) {
      const a: unknown = before[i];
      const b: unknown = after[i];
      if (a === b) continue;
      if (!hasId(a) || !hasId(b) || a.id !== b.id) {
        whole = true;
        break;
      }
      items.push(i);
    }
    changes.push(whole ? { key } : { key, items });
  }
  return changes;
}

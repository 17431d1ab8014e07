// Changing one entry of a list of entities kept in the workbook (step 3's targets, its organizations):
// change some fields, remove it so that "Undo" can put it back, put it back.
import type { Workbook } from '../../workbook/model';
import { type Removed, removeById, restoreAt } from './list-undo';

/** The changes of one entry of a list, read from the workbook with `read` and written back with `write`. */
export function entityListChanges<T extends { id: string }>(
  read: (doc: Workbook) => readonly T[],
  write: (doc: Workbook, list: T[]) => Workbook,
) {
  return {
    /** Changes fields of one entry; the same workbook when nothing changes or the entry is gone. */
    update(doc: Workbook, id: string, patch: Partial<Omit<T, 'id'>>): Workbook {
      const list = read(doc);
      const old = list.find((item) => item.id === id);
      if (!old || Object.entries(patch).every(([key, value]) => old[key as keyof T] === value)) return doc;
      return write(
        doc,
        list.map((item) => (item.id === id ? { ...item, ...patch } : item)),
      );
    },
    /** Removes one entry; `removed` lets "Undo" put it back where it was. */
    remove(doc: Workbook, id: string): { doc: Workbook; removed?: Removed<T> } {
      const { list, removed } = removeById(read(doc), id);
      return removed ? { doc: write(doc, list), removed } : { doc };
    },
    /** Puts a removed entry back where it was. */
    restore(doc: Workbook, removed: Removed<T>): Workbook {
      return write(doc, restoreAt(read(doc), removed));
    },
  };
}

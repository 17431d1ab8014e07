// "Removed … Undo" for a worksheet's lists: the last removal, a remove that keeps what it took and
// an undo that puts it back, through the worksheet's own way of changing the workbook. The pure
// parts (what a removal takes and how it goes back) stay with each list (list-undo.ts and the like).
import { createSignal } from 'solid-js';
import type { Workbook } from '../../workbook/model';

/** Applies a change to the workbook (updateWorkbook, or a worksheet's wrapper of it). */
type Apply = (recipe: (doc: Workbook) => Workbook) => void;

/** The last removal of a list, with the remove and undo actions an UndoBar needs. */
export function createUndoableRemove<T>(apply: Apply, restore: (doc: Workbook, removed: T) => Workbook) {
  const [removed, setRemoved] = createSignal<T>();
  return {
    removed,
    /** Forgets the removal: the undo bar closes. */
    dismiss: () => setRemoved(undefined),
    /** Applies `cut` and keeps what it removed, which it returns (undefined when nothing was removed). */
    remove(cut: (doc: Workbook) => { doc: Workbook; removed?: T | undefined }): T | undefined {
      let taken: T | undefined;
      apply((d) => {
        const r = cut(d);
        taken = r.removed;
        return r.doc;
      });
      setRemoved(() => taken);
      return taken;
    },
    /** Puts the last removal back and returns it (undefined when there was none). */
    undo(): T | undefined {
      const info = removed();
      if (info === undefined) return undefined;
      apply((d) => restore(d, info));
      setRemoved(undefined);
      return info;
    },
  };
}

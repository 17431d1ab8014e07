import type { Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Workbook } from '../../workbook/model';
import { EMPTY, pageWorkbook, useLive } from './use-workbook';
import { workbookChanges } from './workbook-changes';

/** Sets one part (or one item of a list) of the store to a new value, keeping the store's own objects. */
type SetPart = (root: 'value', key: keyof Workbook, ...rest: unknown[]) => void;

let store: { value: Workbook } | undefined;

/**
 * The page's one workbook store, made when an island first asks for it (filling a store walks every
 * person once). Each change updates only the parts that changed (one person, not 5,000), so a
 * keystroke costs the same with 5 or 5,000 people.
 */
function pageStore(): { value: Workbook } {
  if (store) return store;
  const page = pageWorkbook();
  const [value, setValue] = createStore({ value: page.last() });
  const set = setValue as unknown as SetPart;
  page.followers.push((prev, next) => {
    for (const { key, items } of workbookChanges(prev, next)) {
      const part: unknown = next[key];
      if (items && Array.isArray(part)) for (const i of items) set('value', key, i, reconcile(part[i]));
      else set('value', key, reconcile(part));
    }
  });
  store = value;
  return store;
}

/**
 * The workbook as a worksheet sees it: the empty workbook while the island hydrates (so the
 * markup matches the server's), then the saved one, kept in step with every change and tab.
 * Reads are fine-grained (a store): a field showing one answer updates only when that answer does.
 * Only the islands that need this load Solid's store module; others use useWorkbookData().
 */
export function useWorkbook(): Accessor<Workbook> {
  const value = pageStore();
  const live = useLive();
  return () => (live() ? value.value : EMPTY);
}

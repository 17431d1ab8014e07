import type { Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Workbook } from '../../workbook/model';
import { EMPTY, pageWorkbook, useLive } from './use-workbook';
import { workbookChanges } from './workbook-changes';

type Key = keyof Workbook;
/** Sets the part (or one item of it, when it is a list) to a new value, keeping the store's own objects. */
type SetPart = (root: 'value', ...rest: unknown[]) => void;

/** One part of the workbook in a store of its own, made when an island first reads that part. */
const parts = new Map<Key, { store: { value: unknown }; set: SetPart }>();
let view: Workbook | undefined;

/** The store of one part of the workbook, made (and filled from the workbook now) at its first read. */
function partOf(key: Key): unknown {
  let part = parts.get(key);
  if (!part) {
    const [store, set] = createStore({ value: pageWorkbook().last()[key] as unknown });
    part = { store, set: set as unknown as SetPart };
    parts.set(key, part);
  }
  return part.store.value;
}

/**
 * The page's one workbook as stores, made when an island first asks for it. Each part of the
 * workbook (people, drafts, notes...) gets its store only when an island reads it: filling a store
 * walks every item of its part, so a page that reads drafts through a store does not walk 5,000
 * people at load. Each change updates only the parts that changed (one person, not 5,000), so a
 * keystroke costs the same with 5 or 5,000 people.
 */
function pageView(): Workbook {
  if (view) return view;
  pageWorkbook().followers.push((prev, next) => {
    for (const { key, items } of workbookChanges(prev, next)) {
      const part = parts.get(key);
      if (!part) continue;
      const value: unknown = next[key];
      if (items && Array.isArray(value)) for (const i of items) part.set('value', i, reconcile(value[i]));
      else part.set('value', reconcile(value));
    }
  });
  view = new Proxy({} as Workbook, {
    get: (_, key) => (typeof key === 'string' && key in EMPTY ? partOf(key as Key) : undefined),
  });
  return view;
}

/**
 * The workbook as a worksheet sees it: the empty workbook while the island hydrates (so the
 * markup matches the server's), then the saved one, kept in step with every change and tab.
 * Reads are fine-grained (a store): a field showing one answer updates only when that answer does.
 * Only the islands that need this load Solid's store module; others use useWorkbookData().
 */
export function useWorkbook(): Accessor<Workbook> {
  const value = pageView();
  const live = useLive();
  return () => (live() ? value : EMPTY);
}

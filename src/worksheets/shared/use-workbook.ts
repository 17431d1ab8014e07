import { useStore } from '@nanostores/solid';
import { type Accessor, batch, createSignal, onMount } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { $ready, $workbook, startWorkbook } from '../../workbook/client';
import { emptyWorkbook, type Workbook } from '../../workbook/model';
import { workbookChanges } from './workbook-changes';

const EMPTY = emptyWorkbook(new Date(0));

/** The workbook as every island on the page sees it: a store for rendering, and the plain document. */
interface PageWorkbook {
  store: { value: Workbook };
  plain: Accessor<Workbook>;
}

let shared: PageWorkbook | undefined;

/** Sets one part (or one item of a list) of the store to a new value, keeping the store's own objects. */
type SetPart = (root: 'value', key: keyof Workbook, ...rest: unknown[]) => void;

/**
 * Follows the workbook once per page for all its islands. Each change updates only the parts of the
 * store that changed (one person, not 5,000), so a keystroke costs the same with 5 or 5,000 people.
 */
function pageWorkbook(): PageWorkbook {
  if (shared) return shared;
  let last = $workbook.get();
  const [store, setStore] = createStore({ value: last });
  const [plain, setPlain] = createSignal(last);
  const set = setStore as unknown as SetPart;
  $workbook.listen((next) => {
    const prev = last;
    last = next;
    batch(() => {
      for (const { key, items } of workbookChanges(prev, next)) {
        const part: unknown = next[key];
        if (items && Array.isArray(part)) for (const i of items) set('value', key, i, reconcile(part[i]));
        else set('value', key, reconcile(part));
      }
      setPlain(() => next);
    });
  });
  shared = { store, plain };
  return shared;
}

/** True once the island has hydrated and the saved workbook is loaded. */
function useLive(): Accessor<boolean> {
  const ready = useStore($ready);
  const [mounted, setMounted] = createSignal(false);
  // Show saved answers only after hydration, so the first render matches the server's empty worksheet.
  onMount(() => {
    startWorkbook();
    setMounted(true);
  });
  return () => mounted() && ready();
}

/**
 * The workbook as a worksheet sees it: the empty workbook while the island hydrates (so the
 * markup matches the server's), then the saved one, kept in step with every change and tab.
 * Reads are fine-grained (a store): a field showing one answer updates only when that answer does.
 */
export function useWorkbook(): Accessor<Workbook> {
  const { store } = pageWorkbook();
  const live = useLive();
  return () => (live() ? store.value : EMPTY);
}

/**
 * The same workbook as plain, unchanging data, a new object after every change: for lists sorted,
 * grouped or indexed by id in a createMemo. Unchanged parts keep their identity (a memo of
 * `doc().contacts` runs again only when people change), and reading it costs nothing per person.
 */
export function useWorkbookData(): Accessor<Workbook> {
  const { plain } = pageWorkbook();
  const live = useLive();
  return () => (live() ? plain() : EMPTY);
}

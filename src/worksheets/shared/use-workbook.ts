import { useStore } from '@nanostores/solid';
import { type Accessor, batch, createSignal, onMount } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { $ready, $workbook, startWorkbook } from '../../workbook/client';
import { emptyWorkbook, type Workbook } from '../../workbook/model';
import { workbookChanges } from './workbook-changes';

const EMPTY = emptyWorkbook(new Date(0));

/** One page's workbook for all its islands: the plain document, and a store made when an island asks for one. */
interface PageWorkbook {
  plain: Accessor<Workbook>;
  store: () => { value: Workbook };
}

let shared: PageWorkbook | undefined;

/** Sets one part (or one item of a list) of the store to a new value, keeping the store's own objects. */
type SetPart = (root: 'value', key: keyof Workbook, ...rest: unknown[]) => void;

/**
 * Follows the workbook once per page for all its islands. The store exists only on pages whose
 * islands read through it (filling a store walks every person once). Each change updates only the
 * parts of the store that changed (one person, not 5,000), so a keystroke costs the same with 5 or
 * 5,000 people.
 */
function pageWorkbook(): PageWorkbook {
  if (shared) return shared;
  let last = $workbook.get();
  const [plain, setPlain] = createSignal(last);
  let store: { value: Workbook } | undefined;
  let set: SetPart | undefined;
  $workbook.listen((next) => {
    const prev = last;
    last = next;
    batch(() => {
      if (set) {
        for (const { key, items } of workbookChanges(prev, next)) {
          const part: unknown = next[key];
          if (items && Array.isArray(part)) for (const i of items) set('value', key, i, reconcile(part[i]));
          else set('value', key, reconcile(part));
        }
      }
      setPlain(() => next);
    });
  });
  const makeStore = () => {
    if (!store) {
      const [value, setValue] = createStore({ value: last });
      store = value;
      set = setValue as unknown as SetPart;
    }
    return store;
  };
  shared = { plain, store: makeStore };
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
  const store = pageWorkbook().store();
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

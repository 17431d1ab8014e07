import { type Accessor, createSignal, onMount } from 'solid-js';
import { $ready, $workbook, startWorkbook } from '../../workbook/client';
import { emptyWorkbook, type Workbook } from '../../workbook/model';
import { recordTouches } from './touch-source';
import { useAtom } from './use-atom';

/** The workbook shown while an island hydrates, so the markup matches the server's. */
export const EMPTY = emptyWorkbook(new Date(0));

let shared: Accessor<Workbook> | undefined;

/** Follows the workbook once per page for all its islands: the plain document, a new object after every change. */
function pageWorkbook(): Accessor<Workbook> {
  if (shared) return shared;
  const [plain, setPlain] = createSignal($workbook.get());
  $workbook.listen((next) => setPlain(() => next));
  shared = plain;
  return shared;
}

/** True once the island has hydrated and the saved workbook is loaded. */
export function useLive(): Accessor<boolean> {
  const ready = useAtom($ready);
  const [mounted, setMounted] = createSignal(false);
  // Show saved answers only after hydration, so the first render matches the server's empty worksheet.
  onMount(() => {
    startWorkbook();
    // Each change made in a worksheet records it as the last one touched ("Continue" on the home page).
    recordTouches();
    setMounted(true);
  });
  return () => mounted() && ready();
}

/**
 * The workbook as plain, unchanging data, a new object after every change: the empty workbook
 * while the island hydrates (so the markup matches the server's), then the saved one, kept in step
 * with every change and tab. For lists sorted, grouped or indexed by id in a createMemo. Unchanged
 * parts keep their identity (a memo of `doc().contacts` runs again only when people change), and
 * reading it costs nothing per person.
 */
export function useWorkbookData(): Accessor<Workbook> {
  const plain = pageWorkbook();
  const live = useLive();
  return () => (live() ? plain() : EMPTY);
}

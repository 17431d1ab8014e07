import { useStore } from '@nanostores/solid';
import { type Accessor, createSignal, onMount } from 'solid-js';
import { $ready, $workbook, startWorkbook } from '../../workbook/client';
import { emptyWorkbook, type Workbook } from '../../workbook/model';

const EMPTY = emptyWorkbook(new Date(0));

/**
 * The workbook as a worksheet sees it: the empty workbook while the island hydrates (so the
 * markup matches the server's), then the saved one, kept in step with every change and tab.
 */
export function useWorkbook(): Accessor<Workbook> {
  const doc = useStore($workbook);
  const ready = useStore($ready);
  const [mounted, setMounted] = createSignal(false);
  // Show saved answers only after hydration, so the first render matches the server's empty worksheet.
  onMount(() => {
    startWorkbook();
    setMounted(true);
  });
  return () => (mounted() && ready() ? doc() : EMPTY);
}

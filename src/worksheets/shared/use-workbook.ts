import { useStore } from '@nanostores/solid';
import { type Accessor, createSignal, onMount } from 'solid-js';
import { $workbook, startWorkbook } from '../../workbook/client';
import { emptyWorkbook, type Workbook } from '../../workbook/schema';

const EMPTY = emptyWorkbook(new Date(0));

/**
 * The workbook as a worksheet sees it: the empty workbook while the island hydrates (so the
 * markup matches the server's), then the saved one, kept in step with every change and tab.
 */
export function useWorkbook(): Accessor<Workbook> {
  const [mounted, setMounted] = createSignal(false);
  const doc = useStore($workbook);
  onMount(() => {
    startWorkbook();
    setMounted(true);
  });
  return () => (mounted() ? doc() : EMPTY);
}

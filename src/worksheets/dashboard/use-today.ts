import { type Accessor, createSignal, onMount } from 'solid-js';
import type { Day } from '../../lib/days';
import { localDay } from '../../lib/local-day';

/** Today in the student's calendar, for a dashboard island: '' until it has mounted, so its first draw matches the server's. */
export function useToday(): Accessor<Day> {
  const [today, setToday] = createSignal<Day>('');
  onMount(() => setToday(localDay(new Date())));
  return today;
}

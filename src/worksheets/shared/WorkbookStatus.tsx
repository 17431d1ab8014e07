import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { $loadResult, $persistence, $saveStatus, $unsavedFailing } from '../../workbook/client';
import { onDemand } from './on-demand';
import { useAtom } from './use-atom';

let liveOwner: symbol | undefined;

/**
 * The save status line and any notice about storage: blocked, full, unreadable or newer data,
 * and the backup reminder. Only the first one on a page announces changes to screen readers.
 */
export function WorkbookStatus() {
  const status = useAtom($saveStatus);
  const load = useAtom($loadResult);
  const persistence = useAtom($persistence);
  const unsaved = useAtom($unsavedFailing);
  const [mounted, setMounted] = createSignal(false);
  const [isOwner, setOwner] = createSignal(false);
  const me = Symbol('status');
  onMount(() => {
    setMounted(true);
    if (!liveOwner) {
      liveOwner = me;
      setOwner(true);
    }
  });
  onCleanup(() => {
    if (liveOwner === me) liveOwner = undefined;
  });

  const problem = () =>
    mounted() ? ['memory', 'full', 'error', 'read-only', 'newer', 'not-loaded'].includes(status().state) : false;
  const unreadable = () => {
    const l = mounted() ? load() : undefined;
    return l && (l.status === 'partial' || l.status === 'corrupt') ? l : undefined;
  };
  const mayRemind = () => persistence() !== 'granted' && persistence() !== 'unknown';
  // The notices are rare: their code is fetched only once one of them may show.
  const notices = onDemand(() => import('./WorkbookNotices').then((m) => m.default));
  const Notices = () => (mounted() && (problem() || unreadable() || mayRemind()) ? notices() : undefined);

  return (
    <div class="workbook-status">
      <Show when={Notices()} keyed>
        {(Notices) => (
          <Notices status={status} problem={problem} unreadable={unreadable} mayRemind={mayRemind} unsaved={unsaved} />
        )}
      </Show>
      <p class="save-status" role={isOwner() ? 'status' : undefined} aria-live={isOwner() ? 'polite' : 'off'}>
        {/* Rendered on the server too, so the line never appears and moves the page. */}
        {/* A problem's message shows in its notice; here too if the notice could not be loaded. */}
        {problem() && !notices.failed() ? '' : status().message}
      </p>
    </div>
  );
}

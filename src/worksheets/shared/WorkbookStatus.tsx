import { useStore } from '@nanostores/solid';
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { $backupMeta } from '../../workbook/backup-meta';
import { shouldRemindBackup } from '../../workbook/backup-reminder';
import { $loadResult, $persistence, $saveStatus, $unsavedFailing } from '../../workbook/client';
import { downloadBackup } from './backup-download';
import { downloadFile } from './download';
import { useWorkbookData } from './use-workbook';

let liveOwner: symbol | undefined;

/** Downloads the unreadable original that loading kept aside, exactly as it was stored. */
function downloadUnreadable(key: string): void {
  let raw = '';
  try {
    raw = window.localStorage.getItem(key) ?? '';
  } catch {
    raw = '';
  }
  downloadFile('networking-workbook-unreadable.txt', raw, 'text/plain');
}

/**
 * The save status line and any notice about storage: blocked, full, unreadable or newer data,
 * and the backup reminder. Only the first one on a page announces changes to screen readers.
 */
export function WorkbookStatus() {
  const status = useStore($saveStatus);
  const load = useStore($loadResult);
  const persistence = useStore($persistence);
  const meta = useStore($backupMeta);
  // Plain data: a store here would compare the whole workbook at every change, for one yes-or-no.
  const doc = useWorkbookData();
  const unsaved = useStore($unsavedFailing);
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
    mounted() ? ['memory', 'full', 'error', 'read-only', 'newer'].includes(status().state) : false;
  const unreadable = () => {
    const l = mounted() ? load() : undefined;
    return l && (l.status === 'partial' || l.status === 'corrupt') ? l : undefined;
  };
  const remind = () =>
    mounted() &&
    !problem() &&
    persistence() !== 'granted' &&
    persistence() !== 'unknown' &&
    shouldRemindBackup({
      doc: doc(),
      persisted: false,
      lastBackupAt: meta().lastBackupAt,
      dismissedAt: meta().dismissedAt,
      now: new Date(),
    });

  return (
    <div class="workbook-status">
      <Show when={unreadable()}>
        {(l) => (
          <div class="notice error" role="alert">
            <p>
              <strong>Some of your saved answers could not be read.</strong>{' '}
              {l().status === 'partial' ? 'Everything else loaded. ' : ''}
              {l().problems.join(' ')}
            </p>
            <Show when={l().backupKey}>
              {(key) => (
                <p>
                  We kept a copy of the saved data as it was.{' '}
                  <button type="button" class="small-button" onClick={() => downloadUnreadable(key())}>
                    Download the unreadable copy
                  </button>
                </p>
              )}
            </Show>
          </div>
        )}
      </Show>
      <Show when={problem()}>
        <div class="notice error">
          <p>{status().message}</p>
          <Show when={status().state !== 'newer' || unsaved()}>
            <p>
              <button type="button" class="small-button" onClick={downloadBackup}>
                Download a backup
              </button>
            </p>
          </Show>
        </div>
      </Show>
      <Show when={remind()}>
        <div class="notice">
          <p>
            Your answers are kept only in this browser, and some browsers delete them after a few weeks without a visit.
            Download a backup file to keep them safe.
          </p>
          <div class="button-row">
            <button type="button" class="small-button" onClick={downloadBackup}>
              Download a backup
            </button>
            <button
              type="button"
              class="small-button"
              onClick={() => $backupMeta.setKey('dismissedAt', new Date().toISOString())}
            >
              Not now
            </button>
          </div>
        </div>
      </Show>
      <p class="save-status" role={isOwner() ? 'status' : undefined} aria-live={isOwner() ? 'polite' : 'off'}>
        {/* Rendered on the server too, so the line never appears and moves the page. */}
        {problem() ? '' : status().message}
      </p>
    </div>
  );
}

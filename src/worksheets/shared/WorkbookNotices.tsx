import { type Accessor, Show } from 'solid-js';
import { $backupMeta } from '../../workbook/backup-meta';
import { shouldRemindBackup } from '../../workbook/backup-reminder';
import type { EngineStatus, LoadResult } from '../../workbook/engine';
import { downloadBackup } from './backup-download';
import { downloadFile } from './download';
import { useAtom } from './use-atom';
import { useWorkbookData } from './use-workbook';

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

/** What the status line knows and passes on to its notices. */
export interface NoticesProps {
  status: Accessor<EngineStatus>;
  problem: Accessor<boolean>;
  unreadable: Accessor<Omit<LoadResult, 'doc'> | undefined>;
  /** True when the browser did not promise to keep the site's storage: a backup reminder may show. */
  mayRemind: Accessor<boolean>;
  unsaved: Accessor<boolean>;
}

/**
 * The notices above the save status line: blocked, full, unreadable or newer data, and the backup
 * reminder. Rare, so WorkbookStatus loads this file only when one of them may show.
 */
export default function WorkbookNotices(props: NoticesProps) {
  const { status, problem, unreadable, unsaved } = props;
  const meta = useAtom($backupMeta);
  // Plain data: a store here would compare the whole workbook at every change, for one yes-or-no.
  const doc = useWorkbookData();
  const remind = () =>
    !problem() &&
    props.mayRemind() &&
    shouldRemindBackup({
      doc: doc(),
      persisted: false,
      lastBackupAt: meta().lastBackupAt,
      dismissedAt: meta().dismissedAt,
      now: new Date(),
    });

  return (
    <>
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
          {/* Not loaded: there is nothing to back up yet, and the saved answers are safe where they are. */}
          <Show when={(status().state !== 'newer' && status().state !== 'not-loaded') || unsaved()}>
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
    </>
  );
}

import { createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { MAX_BACKUP_BYTES } from '../workbook/backup-file';
import { $backupMeta } from '../workbook/backup-meta';
import { clearWorkbook } from '../workbook/client';
import { describeWorkbook, summaryText } from '../workbook/summary';
import { downloadBackup } from '../worksheets/shared/backup-download';
import { datedFilename, downloadFile } from '../worksheets/shared/download';
import { onDemand } from '../worksheets/shared/on-demand';
import { useAtom } from '../worksheets/shared/use-atom';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { WorkbookStatus } from '../worksheets/shared/WorkbookStatus';
import { $copiesChanged, copiesChanged, countCopies } from './copies-store';
import type RestoreFlowType from './RestoreFlow';
import type { PendingRestore } from './RestoreFlow';
import { WorkbookView } from './WorkbookView';

/** Ends a refusal with "Nothing was changed." exactly once. */
const withNothingChanged = (message: string) =>
  message.includes('Nothing was changed') ? message : `${message} Nothing was changed.`;

/** "1 recovery copy", "2 recovery copies". */
const copiesText = (n: number) => `${n} recovery ${n === 1 ? 'copy' : 'copies'}`;

/** Props from the page: where the site lives, for the Markdown export. */
export interface WorkbookPageProps {
  siteName: string;
  siteUrl: string;
}

/** My workbook: everything the student wrote, with print, downloads, restore, recovery copies and clear. */
export default function WorkbookPage(props: WorkbookPageProps) {
  // Plain data: the page lists everything, found through maps by id (see WorkbookView).
  const doc = useWorkbookData();
  const changed = useAtom($copiesChanged);
  const [mounted, setMounted] = createSignal(false);
  /** How many recovery copies there are: none on the server and while hydrating, then what storage holds. */
  const copyCount = createMemo(() => {
    changed();
    return mounted() ? countCopies() : 0;
  });
  const [restoreError, setRestoreError] = createSignal<string>();
  const [pending, setPending] = createSignal<PendingRestore>();
  const [confirmClear, setConfirmClear] = createSignal(false);
  const [clearProblems, setClearProblems] = createSignal<string[]>([]);
  const restoreFlow = onDemand<typeof RestoreFlowType>(() => import('./RestoreFlow').then((m) => m.default));
  const recoveryCopies = onDemand(() => import('./RecoveryCopies').then((m) => m.default));
  let fileInput: HTMLInputElement | undefined;

  // Copies made in another tab (or by loading damaged data there) show up here too.
  const onStorage = () => copiesChanged();
  onMount(() => {
    setMounted(true);
    window.addEventListener('storage', onStorage);
    onCleanup(() => window.removeEventListener('storage', onStorage));
  });

  const current = () => summaryText(describeWorkbook(doc()));

  const downloadMarkdown = async () => {
    const now = new Date();
    const { workbookToMarkdown } = await import('../workbook/markdown');
    const text = workbookToMarkdown(doc(), { siteName: props.siteName, siteUrl: props.siteUrl, now });
    downloadFile(datedFilename('networking-workbook', 'md', now), text, 'text/markdown');
  };

  const chooseFile = async (file: File | undefined) => {
    setRestoreError(undefined);
    setPending(undefined);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setRestoreError(`“${file.name}” is too large to be a backup of this workbook (over 5 MB). Nothing was changed.`);
      return;
    }
    // The validator (Zod) is fetched only when a file is chosen.
    const { parseBackup, summaryText: words } = await import('../workbook/backup');
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setRestoreError(`“${file.name}” cannot be restored: ${withNothingChanged(result.message)}`);
      return;
    }
    const { doc: restored, summary, madeAt, leftOut } = result;
    setPending({ file: file.name, doc: restored, summary: words(summary), madeAt, leftOut });
  };

  const resetRestore = () => {
    setPending(undefined);
    if (fileInput) fileInput.value = '';
  };
  /** Closes the restore notice; the focus goes back to the start of its section, not to the page's top. */
  const closeRestore = () => {
    resetRestore();
    document.getElementById('wb-restore')?.focus();
  };

  const doClear = async () => {
    clearWorkbook();
    // The backup reminder keeps its dates in memory too: reset them (their keys are removed next).
    $backupMeta.set({ lastBackupAt: '', dismissedAt: '' });
    const { clearSiteData } = await import('../workbook/clear-site-data');
    setClearProblems(await clearSiteData());
    copiesChanged();
    resetRestore();
    setConfirmClear(false);
    announce('Your workbook was cleared from this browser.');
  };

  return (
    <div class="workbook-page">
      <WorkbookStatus />
      <div class="wb-actions no-print">
        <section aria-labelledby="wb-keep">
          <h2 id="wb-keep">Keep a copy</h2>
          <div class="button-row">
            <button type="button" class="button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <button type="button" class="button secondary" onClick={downloadBackup}>
              Download backup (JSON)
            </button>
            <button type="button" class="button secondary" onClick={() => void downloadMarkdown()}>
              Download as text (Markdown)
            </button>
          </div>
          <p class="hint">
            The backup file can be restored here later, on this or another device. The text file opens in any editor.
          </p>
        </section>

        <section aria-labelledby="wb-restore">
          <h2 id="wb-restore" tabindex="-1">
            Restore from a backup
          </h2>
          <div class={`field${restoreError() ? ' field-error' : ''}`}>
            <label for="wb-file">Choose a backup file</label>
            <p class="hint" id="wb-file-hint">
              A .json file you downloaded from this site. You will see what it holds before anything changes.
            </p>
            <Show when={restoreError()}>
              <p class="error-message" id="wb-file-error" role="alert">
                {restoreError()}
              </p>
            </Show>
            <input
              id="wb-file"
              type="file"
              accept=".json,application/json"
              aria-describedby={restoreError() ? 'wb-file-hint wb-file-error' : 'wb-file-hint'}
              ref={fileInput}
              onChange={(e) => void chooseFile(e.currentTarget.files?.[0])}
            />
          </div>
          <Show when={pending() && restoreFlow()} keyed>
            {(RestoreFlow) => (
              <Show when={pending()} keyed>
                {(p) => <RestoreFlow pending={p} current={doc} onClose={closeRestore} />}
              </Show>
            )}
          </Show>
        </section>

        <Show when={copyCount() > 0 && recoveryCopies()} keyed>
          {(RecoveryCopies) => <RecoveryCopies />}
        </Show>

        <section aria-labelledby="wb-clear">
          <h2 id="wb-clear">Clear my data</h2>
          <p>On a shared or public computer, clear your workbook when you finish.</p>
          <Show when={clearProblems().length > 0}>
            <div class="notice error" role="alert">
              <p>{clearProblems().join(' ')}</p>
            </div>
          </Show>
          <Show
            when={confirmClear()}
            fallback={
              <button type="button" class="button secondary" onClick={() => setConfirmClear(true)}>
                Clear my data
              </button>
            }
          >
            <div class="notice error" role="alert">
              <p>
                <strong>Delete everything you wrote from this browser?</strong> This removes: {current()}
                {copyCount() > 0 ? `, and ${copiesText(copyCount())}` : ''}. It cannot be undone. Download a backup
                first if you may want it later.
              </p>
              <div class="button-row">
                <button type="button" class="button" onClick={() => void doClear()}>
                  Yes, delete everything
                </button>
                <button type="button" class="button secondary" onClick={downloadBackup}>
                  Download a backup first
                </button>
                <button type="button" class="button secondary" onClick={() => setConfirmClear(false)}>
                  Cancel
                </button>
              </div>
            </div>
          </Show>
        </section>
      </div>
      <WorkbookView doc={doc()} />
    </div>
  );
}

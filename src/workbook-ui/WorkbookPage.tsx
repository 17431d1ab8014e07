import { createSignal, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { MAX_BACKUP_BYTES } from '../workbook/backup-file';
import { clearWorkbook, replaceWorkbook } from '../workbook/client';
import type { Workbook } from '../workbook/model';
import { describeWorkbook, summaryText } from '../workbook/summary';
import { downloadBackup } from '../worksheets/shared/backup-download';
import { datedFilename, downloadFile } from '../worksheets/shared/download';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { WorkbookStatus } from '../worksheets/shared/WorkbookStatus';
import { WorkbookView } from './WorkbookView';

/** Ends a refusal with "Nothing was changed." exactly once. */
const withNothingChanged = (message: string) =>
  message.includes('Nothing was changed') ? message : `${message} Nothing was changed.`;

/** Props from the page: where the site lives, for the Markdown export. */
export interface WorkbookPageProps {
  siteName: string;
  siteUrl: string;
}

/** My workbook: everything the student wrote, with print, downloads, restore and clear. */
export default function WorkbookPage(props: WorkbookPageProps) {
  // Plain data: the page lists everything, found through maps by id (see WorkbookView).
  const doc = useWorkbookData();
  const [restoreError, setRestoreError] = createSignal<string>();
  const [pending, setPending] = createSignal<{ doc: Workbook; summary: string; file: string }>();
  const [confirmClear, setConfirmClear] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;

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
    const { parseBackup } = await import('../workbook/backup');
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setRestoreError(`“${file.name}” cannot be restored: ${withNothingChanged(result.message)}`);
      return;
    }
    setPending({ doc: result.doc, summary: summaryText(result.summary), file: file.name });
  };

  const confirmRestore = () => {
    const p = pending();
    if (!p) return;
    replaceWorkbook(p.doc);
    setPending(undefined);
    if (fileInput) fileInput.value = '';
    announce('Your backup was restored.');
  };

  const cancelRestore = () => {
    setPending(undefined);
    if (fileInput) fileInput.value = '';
  };

  const doClear = () => {
    clearWorkbook();
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
          <h2 id="wb-restore">Restore from a backup</h2>
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
          <Show when={pending()}>
            {(p) => (
              <div class="notice" role="alert">
                <p>
                  <strong>Replace your workbook with “{p().file}”?</strong>
                </p>
                <p>This browser now holds: {current()}.</p>
                <p>The backup holds: {p().summary}.</p>
                <p>Restoring replaces everything in this browser with the backup.</p>
                <div class="button-row">
                  <button type="button" class="button" onClick={confirmRestore}>
                    Replace my workbook
                  </button>
                  <button type="button" class="button secondary" onClick={cancelRestore}>
                    Cancel
                  </button>
                </div>
              </div>
            )}
          </Show>
        </section>

        <section aria-labelledby="wb-clear">
          <h2 id="wb-clear">Clear my data</h2>
          <p>On a shared or public computer, clear your workbook when you finish.</p>
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
                <strong>Delete everything you wrote from this browser?</strong> This removes: {current()}. It cannot be
                undone. Download a backup first if you may want it later.
              </p>
              <div class="button-row">
                <button type="button" class="button" onClick={doClear}>
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

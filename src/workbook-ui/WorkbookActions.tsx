import { createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { isMoveFragment } from '../share/move-fragment';
import type { LockedWorkbook } from '../share-ui/panels';
import { MAX_BACKUP_BYTES } from '../workbook/backup-file';
import { $backupMeta } from '../workbook/backup-meta';
import { clearWorkbook, loadedWorkbook } from '../workbook/client';
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

/** Ends a refusal with "Nothing was changed." exactly once. */
const withNothingChanged = (message: string) =>
  message.includes('Nothing was changed') ? message : `${message} Nothing was changed.`;

/** "1 recovery copy", "2 recovery copies". */
const copiesText = (n: number) => `${n} recovery ${n === 1 ? 'copy' : 'copies'}`;

/** Props from the page: where the site lives, for the Markdown export. */
export interface WorkbookActionsProps {
  siteName: string;
  siteUrl: string;
}

/** My workbook's first island: the save status and the actions (share, print, download, move, restore, recovery copies, clear). */
export default function WorkbookActions(props: WorkbookActionsProps) {
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
  // Sharing, moving and opening a moved workbook (src/share-ui/), fetched when first used.
  const [panel, setPanel] = createSignal<'share' | 'move'>();
  const [locked, setLocked] = createSignal<LockedWorkbook>();
  const [panels, setPanels] = createSignal<typeof import('../share-ui/panels')>();
  let panelsLoading: Promise<typeof import('../share-ui/panels')> | undefined;
  const loadPanels = () => {
    panelsLoading ??= import('../share-ui/panels').then((m) => {
      setPanels(() => m);
      return m;
    });
    return panelsLoading;
  };
  // A panel opens once the saved workbook is loaded: what it shares or locks is the saved workbook.
  const openPanel = (which: 'share' | 'move') => {
    setPanel(which);
    void loadedWorkbook().then(loadPanels);
  };
  const showLocked = (l: LockedWorkbook) => {
    setLocked(l);
    void loadPanels();
  };
  let fileInput: HTMLInputElement | undefined;

  /** Closes the share or move panel; the focus goes back to its heading. */
  const closePanel = (heading: string) => {
    setPanel(undefined);
    document.getElementById(heading)?.focus();
  };
  /** Forgets a moved workbook's link in the address, once it is opened or set aside. */
  const endUnlock = () => {
    setLocked(undefined);
    if (isMoveFragment(location.hash)) history.replaceState(null, '', location.pathname);
  };

  // Copies made in another tab (or by loading damaged data there) show up here too.
  const onStorage = () => copiesChanged();
  // Steps link to "#wb-share" to open the chooser; a move link carries a locked workbook after "#".
  const onHash = () => {
    if (location.hash === '#wb-share') openPanel('share');
    if (isMoveFragment(location.hash)) showLocked({ payload: location.hash, source: 'link' });
  };
  onMount(() => {
    setMounted(true);
    onHash();
    window.addEventListener('hashchange', onHash);
    window.addEventListener('storage', onStorage);
    onCleanup(() => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('storage', onStorage);
    });
  });

  const current = () => summaryText(describeWorkbook(doc()));

  const downloadMarkdown = async () => {
    const now = new Date();
    const { workbookToMarkdown } = await import('../workbook/markdown');
    const text = workbookToMarkdown(await loadedWorkbook(), {
      siteName: props.siteName,
      siteUrl: props.siteUrl,
      now,
      lang: document.documentElement.lang || 'en',
    });
    downloadFile(datedFilename('networking-workbook', 'md', now), text, 'text/markdown');
  };

  const chooseFile = async (file: File | undefined) => {
    setRestoreError(undefined);
    setPending(undefined);
    setLocked(undefined);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setRestoreError(`“${file.name}” is too large to be a backup of this workbook (over 5 MB). Nothing was changed.`);
      return;
    }
    // The validator (Zod) is fetched only when a file is chosen; a locked file asks for its code first.
    const [{ parseBackup, summaryText: words }, { lockedPayloadOf }] = await Promise.all([
      import('../workbook/backup'),
      loadPanels(),
    ]);
    const text = await file.text();
    const payload = lockedPayloadOf(text);
    if (payload !== null) {
      showLocked({ payload, source: 'file', name: file.name });
      return;
    }
    const result = parseBackup(text);
    if (!result.ok) {
      setRestoreError(`“${file.name}” cannot be restored: ${withNothingChanged(result.message)}`);
      return;
    }
    const { doc: restored, summary, madeAt, leftOut } = result;
    setPending({ file: file.name, doc: restored, summary: words(summary), madeAt, leftOut });
  };

  const resetRestore = () => {
    setPending(undefined);
    setLocked(undefined);
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
    <>
      <WorkbookStatus />
      <div class="wb-actions no-print">
        <section aria-labelledby="wb-share">
          <h2 id="wb-share" tabindex="-1">
            Share with my advisor
          </h2>
          <p>Choose what your advisor sees and check it, then send them a link. Nothing is sent until you send it.</p>
          <Show
            when={panel() === 'share' && panels()}
            keyed
            fallback={
              <button type="button" class="button" onClick={() => openPanel('share')}>
                Share with my advisor
              </button>
            }
          >
            {(p) => <p.ShareFlow doc={doc} onClose={() => closePanel('wb-share')} />}
          </Show>
        </section>

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

        <section aria-labelledby="wb-move">
          <h2 id="wb-move" tabindex="-1">
            Move to another device
          </h2>
          <p>Take your whole workbook to your phone or another computer, locked with a code.</p>
          <Show
            when={panel() === 'move' && panels()}
            keyed
            fallback={
              <button type="button" class="button secondary" onClick={() => openPanel('move')}>
                Move my workbook
              </button>
            }
          >
            {(p) => <p.MoveFlow doc={doc} onClose={() => closePanel('wb-move')} />}
          </Show>
        </section>

        <section aria-labelledby="wb-restore">
          <h2 id="wb-restore" tabindex="-1">
            Restore from a backup
          </h2>
          <div class={`field${restoreError() ? ' field-error' : ''}`}>
            <p class="hint" id="wb-file-hint">
              A .json file you downloaded from this site: a backup, or your workbook locked to move it. You will see
              what it holds before anything changes.
            </p>
            <Show when={restoreError()}>
              <p class="error-message" id="wb-file-error" role="alert">
                {restoreError()}
              </p>
            </Show>
            {/* The file field is hidden from sight but not from the keyboard: its label is the button people see. */}
            <input
              id="wb-file"
              class="file-input"
              type="file"
              accept=".json,application/json"
              aria-describedby={restoreError() ? 'wb-file-hint wb-file-error' : 'wb-file-hint'}
              ref={fileInput}
              onChange={(e) => void chooseFile(e.currentTarget.files?.[0])}
            />
            <label for="wb-file" class="button secondary file-button">
              Choose a backup file
            </label>
          </div>
          <Show when={locked() && panels()} keyed>
            {(p) => (
              <Show when={locked()} keyed>
                {(l) => (
                  <p.UnlockFlow
                    locked={l}
                    onOpened={(p) => {
                      endUnlock();
                      setPending(p);
                    }}
                    onClose={() => {
                      endUnlock();
                      closeRestore();
                    }}
                  />
                )}
              </Show>
            )}
          </Show>
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
    </>
  );
}

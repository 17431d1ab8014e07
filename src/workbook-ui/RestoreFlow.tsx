import { createSignal, For, onMount, Show } from 'solid-js';
import type { Workbook } from '../workbook/model';
import type { ReplaceOutcome } from '../workbook/restore';
import { describeWorkbook, holdsNothing, summaryText } from '../workbook/summary';
import { downloadBackup } from '../worksheets/shared/backup-download';
import { putBack, restoreBackup } from './copy-actions';
import { NoRoomChoice } from './NoRoomChoice';
import { backupAge } from './restore-words';

/** A backup file that was read and is waiting for the student's answer. */
export interface PendingRestore {
  file: string;
  doc: Workbook;
  summary: string;
  madeAt: string | null;
  leftOut: string[];
}

type Done = Extract<ReplaceOutcome, { ok: true }>;
type Refused = Extract<ReplaceOutcome, { ok: false }>;

/** What happened, focused so keyboard and screen reader users hear it, with its buttons. */
function Outcome(props: { done: Done; canUndo: boolean; onUndo: () => void; onClose: () => void }) {
  let box: HTMLDivElement | undefined;
  onMount(() => box?.focus());
  return (
    <div class={`notice${props.done.saved ? '' : ' error'}`} tabindex="-1" ref={box}>
      <p>{props.done.message}</p>
      <div class="button-row">
        <Show when={props.canUndo}>
          <button type="button" class="button" onClick={() => props.onUndo()}>
            Undo the restore
          </button>
        </Show>
        <Show when={!props.done.saved}>
          <button type="button" class="button secondary" onClick={downloadBackup}>
            Download a backup
          </button>
        </Show>
        <button type="button" class="button secondary" onClick={() => props.onClose()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** The question before a restore: what each side holds, when the backup was made, and what is left out. */
function Preview(props: {
  pending: PendingRestore;
  current: Workbook;
  onRestore: () => void;
  onMerge: () => void;
  onCancel: () => void;
}) {
  const age = () => backupAge(props.pending.madeAt, props.current);
  const hasCurrent = () => !holdsNothing(describeWorkbook(props.current));
  return (
    <div class="notice" role="alert">
      <p>
        <strong>Replace your workbook with “{props.pending.file}”?</strong>
      </p>
      <p>This browser now holds: {summaryText(describeWorkbook(props.current))}.</p>
      <p>
        The backup holds: {props.pending.summary}. {age().text}
      </p>
      <Show when={age().older}>
        <p>
          <strong>This backup is older than your current answers.</strong> What you changed after it was made is not in
          it.
        </p>
      </Show>
      <Show when={props.pending.leftOut.length > 0}>
        <p>Some parts of the backup are damaged and will be left out:</p>
        <ul class="wb-left-out">
          <For each={props.pending.leftOut}>{(line) => <li>{line}</li>}</For>
        </ul>
      </Show>
      <p>
        Restoring replaces everything in this browser with the backup.
        {hasCurrent() ? ' Your current workbook is kept as a recovery copy, so you can undo the restore.' : ''}
      </p>
      <Show when={hasCurrent()}>
        <p>
          Or merge the two: merging keeps everything from both. People and answers that are in both are kept once. Where
          both have the same detail written in different ways, the backup’s is kept. You can undo a merge too.
        </p>
      </Show>
      <div class="button-row">
        <button type="button" class="button" onClick={() => props.onRestore()}>
          Replace my workbook
        </button>
        <Show when={hasCurrent()}>
          <button type="button" class="button secondary" onClick={() => props.onMerge()}>
            Merge into my workbook
          </button>
        </Show>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * Restoring one backup: the preview, the choice when no copy of the current workbook fits, then
 * what really happened, with "Undo the restore" while the copy it kept is there.
 */
export default function RestoreFlow(props: { pending: PendingRestore; current: () => Workbook; onClose: () => void }) {
  const [refused, setRefused] = createSignal<{ why: Refused; goOn: string; retry: () => void }>();
  const [done, setDone] = createSignal<{ result: Done; canUndo: boolean }>();

  /** Shows what a replacement did, or why it replaced nothing (each notice takes the focus, so it is read out). */
  const show = (result: ReplaceOutcome, canUndo: boolean, goOn: string, retry: () => void) => {
    if (result.ok) {
      setRefused(undefined);
      setDone({ result, canUndo: canUndo && result.saved && result.copyKey !== null });
    } else setRefused({ why: result, goOn, retry });
  };
  const restore = (withoutCopy = false, merge = false) =>
    show(
      restoreBackup(props.pending.doc, withoutCopy, merge),
      true,
      `${merge ? 'Merge' : 'Replace'} without a copy`,
      () => restore(true, merge),
    );
  const undo = async (withoutCopy = false) => {
    const key = done()?.result.copyKey;
    if (key) show(await putBack(key, withoutCopy), false, 'Put it back without a copy', () => void undo(true));
  };
  const cancel = () => (done() ? setRefused(undefined) : props.onClose());

  // Nested Show rather than Switch: Switch and Match would grow the Solid code every page shares.
  return (
    <Show
      when={refused()}
      fallback={
        <Show
          when={done()}
          // Keyed: each outcome is a new notice that takes the focus (the undo button it replaces is gone).
          keyed
          fallback={
            <Preview
              pending={props.pending}
              current={props.current()}
              onRestore={() => restore()}
              onMerge={() => restore(false, true)}
              onCancel={props.onClose}
            />
          }
        >
          {(d) => <Outcome done={d.result} canUndo={d.canUndo} onUndo={() => void undo()} onClose={props.onClose} />}
        </Show>
      }
    >
      {(r) => (
        <Show
          when={r().why.canGoOn}
          fallback={
            <div class="notice error" role="alert">
              <p>{r().why.message}</p>
              <button type="button" class="button secondary" onClick={cancel}>
                Dismiss
              </button>
            </div>
          }
        >
          <NoRoomChoice message={r().why.message} goOn={r().goOn} onGoOn={r().retry} onCancel={cancel} />
        </Show>
      )}
    </Show>
  );
}

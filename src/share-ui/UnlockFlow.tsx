import { createSignal, onMount, Show } from 'solid-js';
import { movedProblem, openMoved } from '../share/move';
import { isCodeProblem, type Source } from '../share/problems';
import { summaryText } from '../workbook/summary';
import type { PendingRestore } from '../workbook-ui/RestoreFlow';
import { CodeInput } from './CodeInput';

/** A locked workbook waiting for its code: the text after "#" of its link or inside its file. */
export interface LockedWorkbook {
  payload: string;
  source: Source;
  /** The file's name, for a file. */
  name?: string;
}

/**
 * Opening a moved workbook: the student types its code (as often as needed: nothing is secret on
 * a server, so there is no lock-out), then the backup inside goes to the restore preview. Any
 * other problem is said in a sentence, and nothing is opened.
 */
export default function UnlockFlow(props: {
  locked: LockedWorkbook;
  onOpened: (pending: PendingRestore) => void;
  onClose: () => void;
}) {
  const [code, setCode] = createSignal('');
  const [codeError, setCodeError] = createSignal<string>();
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let box: HTMLDivElement | undefined;
  let input: HTMLInputElement | undefined;
  onMount(async () => {
    box?.focus();
    // What no code can fix is said at once, before the student types one.
    const wrong = await movedProblem(props.locked.payload, props.locked.source);
    if (wrong) setProblem(`${wrong} Nothing was changed.`);
  });
  const what = () => (props.locked.source === 'file' ? `“${props.locked.name ?? 'the file'}”` : 'your link');

  const open = async () => {
    if (busy()) return;
    setBusy(true);
    setCodeError(undefined);
    const opened = await openMoved(props.locked.payload, code(), props.locked.source);
    setBusy(false);
    if (opened.ok) {
      const { doc, summary, madeAt, leftOut } = opened.backup;
      const file = props.locked.source === 'file' ? (props.locked.name ?? 'the file') : 'the workbook in your link';
      props.onOpened({ file, doc, summary: summaryText(summary), madeAt, leftOut });
      return;
    }
    if (opened.problem !== 'refused' && isCodeProblem(opened.problem)) {
      setCodeError(opened.message);
      input?.focus();
      input?.select();
      return;
    }
    setProblem(`${opened.message} Nothing was changed.`);
  };

  return (
    <div class="notice" tabindex="-1" ref={box}>
      <Show
        when={!problem()}
        fallback={
          <>
            <p role="alert">{problem()}</p>
            <button type="button" class="button secondary" onClick={() => props.onClose()}>
              Dismiss
            </button>
          </>
        }
      >
        <p>
          <strong>A locked workbook is in {what()}.</strong> Type its code to see what it holds. Nothing changes until
          you choose.
        </p>
        <CodeInput
          id="unlock-code"
          label="Code"
          hint="The words you were given when the workbook was locked."
          value={code()}
          error={codeError()}
          onValue={setCode}
          onEnter={() => void open()}
          ref={(el) => {
            input = el;
          }}
        />
        <div class="button-row">
          <button type="button" class="button" disabled={busy()} onClick={() => void open()}>
            {busy() ? 'Unlocking…' : 'Unlock'}
          </button>
          <button type="button" class="button secondary" onClick={() => props.onClose()}>
            Cancel
          </button>
        </div>
      </Show>
    </div>
  );
}

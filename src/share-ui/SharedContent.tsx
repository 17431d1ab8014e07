import { createSignal, onMount, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';
import { isLocked, peek } from '../share/payload';
import { isCodeProblem, problemText } from '../share/problems';
import { openShareLink } from '../share/share-link';
import type { Snapshot } from '../share/snapshot-schema';
import { snapshotText } from '../share/snapshot-words';
import { CodeInput } from './CodeInput';
import { SnapshotView } from './SnapshotView';

/** Where a shared link stands on the advisor's page. */
type Phase =
  | { kind: 'opening' }
  | { kind: 'code' }
  | { kind: 'open'; snapshot: Snapshot; leftOut: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'moved' };

/**
 * A shared summary, opened from the part after "#" of the address: with its code when it is
 * locked (wrong codes may be retried), then shown read-only, to print or copy as text.
 */
export default function SharedContent(props: { fragment: string; siteName: string }) {
  const [phase, setPhase] = createSignal<Phase>({ kind: 'opening' });
  const [code, setCode] = createSignal('');
  const [codeError, setCodeError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [copyState, setCopyState] = createSignal<'idle' | 'copied' | 'blocked'>('idle');
  let input: HTMLInputElement | undefined;
  let textField: HTMLTextAreaElement | undefined;

  const open = async () => {
    if (busy()) return;
    setBusy(true);
    setCodeError(undefined);
    const opened = await openShareLink(props.fragment, code());
    setBusy(false);
    if (opened.ok) {
      setPhase({ kind: 'open', snapshot: opened.snapshot, leftOut: opened.leftOut });
      announce('The shared workbook is open.');
    } else if (opened.problem === 'moved-workbook') setPhase({ kind: 'moved' });
    else if (isCodeProblem(opened.problem) && phase().kind === 'code') {
      setCodeError(problemText(opened.problem));
      input?.focus();
      input?.select();
    } else setPhase({ kind: 'failed', message: problemText(opened.problem) });
  };

  onMount(async () => {
    const peeked = await peek(props.fragment);
    if (!peeked.ok) setPhase({ kind: 'failed', message: problemText(peeked.problem) });
    else if (peeked.kind === 'move') setPhase({ kind: 'moved' });
    else if (isLocked(peeked.kind)) setPhase({ kind: 'code' });
    else void open();
  });

  const copy = async (snapshot: Snapshot) => {
    if (await copyText(snapshotText(snapshot, props.siteName))) {
      setCopyState('copied');
      announce('The text is copied.');
      return;
    }
    setCopyState('blocked');
    textField?.focus();
    textField?.select();
  };

  return (
    <div class="shared-content">
      <Show when={phase().kind === 'opening'}>
        <p>Opening the shared workbook…</p>
      </Show>
      <Show when={phase().kind === 'code'}>
        <div class="worksheet shared-unlock">
          <p>
            <strong>This shared workbook is locked with a code.</strong> The student who sent you the link has the code.
          </p>
          <CodeInput
            id="shared-code"
            label="Code"
            hint="Usually four words, such as “maple river candle orbit”. Capitals and dashes do not matter."
            value={code()}
            error={codeError()}
            onValue={setCode}
            onEnter={() => void open()}
            ref={(el) => {
              input = el;
            }}
          />
          <button type="button" class="button" disabled={busy()} onClick={() => void open()}>
            {busy() ? 'Opening…' : 'Open'}
          </button>
        </div>
      </Show>
      <Show when={phase().kind === 'moved'}>
        <div class="notice" role="alert">
          <p>
            This link holds a whole workbook that a student moves to another device, not a summary to read. It opens on{' '}
            <a href={`/workbook/${props.fragment.startsWith('#') ? '' : '#'}${props.fragment}`}>My workbook</a>, where
            its code is asked for.
          </p>
        </div>
      </Show>
      <Show when={phase().kind === 'failed' && (phase() as { message: string }).message}>
        {(message) => (
          <div class="notice error" role="alert">
            <p>{message()}</p>
          </div>
        )}
      </Show>
      <Show when={phase().kind === 'open' && (phase() as Extract<Phase, { kind: 'open' }>)}>
        {(opened) => (
          <>
            <div class="button-row no-print shared-actions">
              <button type="button" class="button" onClick={() => void copy(opened().snapshot)}>
                {copyState() === 'copied' ? 'Text copied' : 'Copy as text'}
              </button>
              <button type="button" class="button secondary" onClick={() => window.print()}>
                Print
              </button>
            </div>
            <Show when={copyState() === 'blocked'}>
              <div class="field no-print">
                <label for="shared-text">The text to copy</label>
                <p class="hint" id="shared-text-hint">
                  Copying is blocked in this browser. The text is selected: copy it yourself.
                </p>
                <textarea
                  id="shared-text"
                  class="link-text"
                  readOnly
                  rows={8}
                  value={snapshotText(opened().snapshot, props.siteName)}
                  aria-describedby="shared-text-hint"
                  ref={textField}
                />
              </div>
            </Show>
            <Show when={opened().leftOut}>
              <div class="notice">
                <p>Some parts of this shared workbook could not be read, so they are left out.</p>
              </div>
            </Show>
            <SnapshotView snapshot={opened().snapshot} level={2} />
          </>
        )}
      </Show>
    </div>
  );
}

import { createSignal, onMount, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { charactersText, MOVE_LINK_MAX, moveAdvice } from '../share/limits';
import { lockedFileText, lockWorkbook, moveLink } from '../share/move';
import { canPack } from '../share/payload';
import type { Workbook } from '../workbook/model';
import { datedFilename, downloadFile } from '../worksheets/shared/download';
import { CodeChoice, type CodeState } from './CodeChoice';
import { FlowActions } from './FlowActions';
import { LinkResult } from './LinkResult';

/** A locked workbook: its link, how it can travel, and the code that opens it. */
interface Locked {
  url: string;
  payload: string;
  code: string;
  link: boolean;
  qr: boolean;
}

/**
 * "Move to another device": the whole workbook, always locked with a code, as a link (up to 16 KB,
 * with a QR code when short) or as a file to send to oneself. Nothing leaves the page.
 */
export default function MoveFlow(props: { doc: () => Workbook; onClose: () => void }) {
  const [code, setCode] = createSignal<CodeState>({ code: '' });
  const [showCodeErrors, setShowCodeErrors] = createSignal(false);
  const [locked, setLocked] = createSignal<Locked>();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  let heading: HTMLHeadingElement | undefined;
  let result: HTMLDivElement | undefined;
  onMount(() => heading?.focus());

  const lock = async () => {
    setProblem(undefined);
    if (!canPack()) {
      setProblem('This browser cannot lock your workbook. Use a recent version of Chrome, Edge, Firefox or Safari.');
      return;
    }
    if (code().problem) {
      setShowCodeErrors(true);
      document.getElementById('move-code-own')?.focus();
      return;
    }
    setBusy(true);
    const payload = await lockWorkbook(props.doc(), code().code, new Date());
    const url = moveLink(window.location.origin, payload);
    setBusy(false);
    setLocked({ url, payload, code: code().code, ...moveAdvice(url.length) });
    announce('Your workbook is locked.');
    result?.focus();
  };

  const download = () => {
    const now = new Date();
    downloadFile(
      datedFilename('networking-workbook-locked', 'json', now),
      lockedFileText(locked()?.payload ?? ''),
      'application/json',
    );
  };

  return (
    <div class="share-flow worksheet">
      <h3 id="move-start" tabindex="-1" ref={heading}>
        Lock your workbook with a code
      </h3>
      <p>
        Your whole workbook goes into a link or a file, locked with a code. On the other device, open the link or the
        file and type the code. You see what it holds before anything changes there.
      </p>
      <CodeChoice
        id="move-code"
        onChange={(state) => {
          setCode(state);
          setLocked(undefined);
        }}
        showErrors={showCodeErrors()}
      />
      <p class="share-warning">
        <strong>Keep the code to yourself.</strong> Anyone with the link or file and the code can read your whole
        workbook. A link cannot be taken back: once you have moved your workbook, delete the message you sent it in.
      </p>
      <FlowActions
        label="Lock my workbook"
        busyLabel="Locking your workbook…"
        busy={busy()}
        problem={problem()}
        onAction={() => void lock()}
        onClose={() => props.onClose()}
      />

      <Show when={locked()}>
        {(done) => (
          <div class="share-result" tabindex="-1" ref={result}>
            <Show
              when={done().link}
              fallback={
                <p>
                  Your workbook is too big for a link (more than {charactersText(MOVE_LINK_MAX)}). Download the locked
                  file and send it to yourself, for example by email.
                </p>
              }
            >
              <LinkResult
                id="move-link"
                label="Link to open on your other device"
                link={done().url}
                qr={done().qr}
                qrLabel="QR code of the link to your locked workbook. Scan it with the camera of your other device."
              />
              <p>Or download the locked file and send it to yourself.</p>
            </Show>
            <div class="button-row">
              <button type="button" class="button secondary" onClick={download}>
                Download the locked file
              </button>
            </div>
            <p>
              On your other device, open the link, or open My workbook there and choose the file under “Restore from a
              backup”. Then type the code: <strong class="code-words">{done().code}</strong>.
            </p>
          </div>
        )}
      </Show>
    </div>
  );
}

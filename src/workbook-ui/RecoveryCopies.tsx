import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import type { RecoveryCopy } from '../workbook/recovery-copies';
import type { ReplaceOutcome } from '../workbook/restore';
import { useAtom } from '../worksheets/shared/use-atom';
import { $copiesChanged } from './copies-store';
import { copySummary, deleteCopy, downloadCopy, listCopies, putBack } from './copy-actions';
import { NoRoomChoice } from './NoRoomChoice';
import { copyTitle, momentText, sizeText } from './restore-words';

/** What the button that puts a copy back says, per kind (unreadable copies cannot be put back). */
const PUT_BACK: Partial<Record<RecoveryCopy['kind'], string>> = {
  'before-restore': 'Undo the restore',
  'before-undo': 'Restore it again',
};

/** A message that takes the focus when it appears, so it is read out. */
function Said(props: { message: string; error?: boolean }) {
  let box: HTMLParagraphElement | undefined;
  onMount(() => box?.focus());
  return (
    <p class={`notice${props.error ? ' error' : ''}`} tabindex="-1" ref={box}>
      {props.message}
    </p>
  );
}

/** One recovery copy: what it is, when it was kept, its size, and its buttons. */
function CopyItem(props: { copy: RecoveryCopy; onOutcome: (outcome: ReplaceOutcome) => void }) {
  const [confirming, setConfirming] = createSignal(false);
  const [noRoom, setNoRoom] = createSignal<string>();
  const [failed, setFailed] = createSignal<string>();
  const title = () => copyTitle(props.copy.kind);
  const when = () => momentText(props.copy.keptAt);
  const holds = () => copySummary(props.copy);
  const putBackLabel = () => PUT_BACK[props.copy.kind];
  let deleteButton: HTMLButtonElement | undefined;

  const putBackNow = async (withoutCopy = false) => {
    const outcome = await putBack(props.copy.key, withoutCopy);
    if (!outcome.ok && outcome.canGoOn) setNoRoom(outcome.message);
    else {
      setNoRoom(undefined);
      props.onOutcome(outcome);
    }
  };
  const remove = () => {
    if (!deleteCopy(props.copy)) {
      setFailed('This copy could not be deleted. Try again after reloading the page.');
      return;
    }
    // The item is gone: keep the focus in the page, on the list (or, when it is empty, the section before it).
    queueMicrotask(() => (document.getElementById('wb-copies') ?? document.getElementById('wb-restore'))?.focus());
  };
  const cancelDelete = () => {
    setConfirming(false);
    deleteButton?.focus();
  };

  return (
    <li class="wb-copy">
      <h3>{title()}</h3>
      <p>
        Kept on {when()} · {sizeText(props.copy.bytes)}
        <Show when={holds()}>
          <br />
          Holds: {holds()}.
        </Show>
      </p>
      <Show when={failed()}>{(message) => <Said message={message()} error />}</Show>
      <Show when={noRoom()}>
        {(message) => (
          <NoRoomChoice
            message={message()}
            goOn="Put it back without a copy"
            onGoOn={() => void putBackNow(true)}
            onCancel={() => setNoRoom(undefined)}
          />
        )}
      </Show>
      <Show
        when={confirming()}
        fallback={
          <div class="button-row">
            <Show when={putBackLabel()}>
              {(label) => (
                <button type="button" class="small-button" onClick={() => void putBackNow()}>
                  {label()}
                  <span class="sr-only">: {when()}</span>
                </button>
              )}
            </Show>
            <button type="button" class="small-button" onClick={() => downloadCopy(props.copy)}>
              Download
              <span class="sr-only">
                : {title()}, {when()}
              </span>
            </button>
            <button type="button" class="small-button danger" ref={deleteButton} onClick={() => setConfirming(true)}>
              Delete
              <span class="sr-only">
                : {title()}, {when()}
              </span>
            </button>
          </div>
        }
      >
        <div class="notice error" role="alert">
          <p>Delete this copy for good? It cannot be undone. Download it first if you may want it later.</p>
          <div class="button-row">
            <button type="button" class="small-button danger" onClick={remove}>
              Yes, delete this copy
            </button>
            <button type="button" class="small-button" onClick={cancelDelete}>
              Cancel
            </button>
          </div>
        </div>
      </Show>
    </li>
  );
}

/**
 * The recovery copies this browser keeps (unreadable saved data, the workbook before a restore or
 * before an undo), each with its date and size, to download, put back or delete.
 */
export default function RecoveryCopies() {
  const changed = useAtom($copiesChanged);
  const copies = createMemo(() => {
    changed();
    return listCopies();
  });
  const [said, setSaid] = createSignal<ReplaceOutcome>();
  return (
    <section aria-labelledby="wb-copies" class="wb-copies">
      <h2 id="wb-copies" tabindex="-1">
        Recovery copies
      </h2>
      <p>
        This browser keeps these copies so that nothing you wrote is lost. Download a copy to keep it, or delete it when
        you no longer need it. “Clear my data” deletes them too.
      </p>
      <Show when={said()} keyed>
        {(outcome) => <Said message={outcome.message} error={!(outcome.ok && outcome.saved)} />}
      </Show>
      <ul class="wb-copy-list">
        <For each={copies()}>{(copy) => <CopyItem copy={copy} onOutcome={setSaid} />}</For>
      </ul>
    </section>
  );
}

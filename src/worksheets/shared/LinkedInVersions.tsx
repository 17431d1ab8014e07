import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { createCopier } from './copy';
import { type ConnectionNote, countText, type LinkedInAccount, leftOutText, NOTE_LIMITS } from './linkedin';

// The account choice holds for every worksheet on the page (and only for this visit).
const [account, setAccount] = createSignal<LinkedInAccount>('free');

/** Props of the LinkedIn versions of a message. */
export interface LinkedInVersionsProps {
  /** Prefix of the ids, such as "or-li". */
  id: string;
  /** The connection note for a limit. */
  note: (limit: number) => ConnectionNote;
  /** The longer message, for once they are connected. */
  message: string;
  /** What to shorten when the note is over the limit, such as "how you are connected or your request". */
  shorten: string;
}

const ACCOUNTS: ReadonlyArray<readonly [LinkedInAccount, string]> = [
  ['free', `Free account (${NOTE_LIMITS.free} characters)`],
  ['premium', `Premium (${NOTE_LIMITS.premium} characters)`],
];

/**
 * A LinkedIn connection note within the account's limit, its count shown live, and the longer
 * message, each with a copy button. Worksheets load it when the student first opens its part.
 */
export function LinkedInVersions(props: LinkedInVersionsProps) {
  const note = createMemo(() => props.note(NOTE_LIMITS[account()]));
  const count = () => countText(note());
  // Screen readers hear the count once typing pauses for 1.5 s, not at each key.
  const [spoken, setSpoken] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      count,
      (next) => {
        clearTimeout(timer);
        timer = setTimeout(() => setSpoken(`Connection note: ${next}`), 1500);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  const copier = createCopier(`${props.id}-copy-text`);
  const copied = (key: string) => copier.copied() === key;

  return (
    <div class="li-body">
      <fieldset class="li-account">
        <legend>Your LinkedIn account</legend>
        <For each={ACCOUNTS}>
          {([value, label]) => (
            <div class="choice">
              <input
                type="radio"
                name={`${props.id}-account`}
                id={`${props.id}-${value}`}
                value={value}
                checked={account() === value}
                onChange={() => setAccount(value)}
              />
              <label for={`${props.id}-${value}`}>{label}</label>
            </div>
          )}
        </For>
      </fieldset>
      <h5>Connection note</h5>
      <p class="li-text" id={`${props.id}-note`}>
        {note().text}
      </p>
      <p class={note().over ? 'li-count li-over' : 'li-count'} id={`${props.id}-count`}>
        {count()}
        <Show when={note().over}> Shorten {props.shorten}.</Show>
      </p>
      <Show when={leftOutText(note())}>{(text) => <p class="hint">{text()}</p>}</Show>
      <div class="sr-only li-spoken" aria-live="polite">
        {spoken()}
      </div>
      <div class="button-row">
        <button
          type="button"
          class="button secondary"
          aria-describedby={`${props.id}-count`}
          onClick={() => copier.copy('note', 'connection note', note().text, 'Connection note copied.')}
        >
          {copied('note') ? 'Copied' : 'Copy the connection note'}
        </button>
      </div>
      <h5>Message, once you are connected</h5>
      <p class="li-text">{props.message}</p>
      <div class="button-row">
        <button
          type="button"
          class="button secondary"
          onClick={() => copier.copy('message', 'LinkedIn message', props.message, 'LinkedIn message copied.')}
        >
          {copied('message') ? 'Copied' : 'Copy the LinkedIn message'}
        </button>
      </div>
      <copier.Fallback />
    </div>
  );
}

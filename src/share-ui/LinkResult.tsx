import { createSignal, type JSX, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';
import { charactersText } from '../share/limits';
import { QrImage } from './QrImage';

/**
 * A link that was made: in a field to select, with "Copy link" (when copying is blocked, the link
 * is selected to copy by hand), its length, and a QR code when it is short enough for a phone.
 */
export function LinkResult(props: {
  id: string;
  label: string;
  link: string;
  qr: boolean;
  qrLabel: string;
  children?: JSX.Element;
}) {
  const [copied, setCopied] = createSignal(false);
  const [blocked, setBlocked] = createSignal(false);
  let field: HTMLTextAreaElement | undefined;
  const copy = async () => {
    if (await copyText(props.link)) {
      setCopied(true);
      setBlocked(false);
      announce('Link copied.');
      return;
    }
    setBlocked(true);
    field?.focus();
    field?.select();
  };
  return (
    <div class="link-result">
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <p class="hint" id={`${props.id}-hint`}>
          <Show when={blocked()} fallback={`The link is ${charactersText(props.link.length)} long.`}>
            Copying is blocked in this browser. The link is selected: copy it yourself.
          </Show>
        </p>
        <textarea
          id={props.id}
          class="link-text"
          readOnly
          rows={3}
          value={props.link}
          aria-describedby={`${props.id}-hint`}
          ref={field}
        />
      </div>
      <div class="button-row">
        <button type="button" class="button" onClick={() => void copy()}>
          {copied() ? 'Link copied' : 'Copy link'}
        </button>
      </div>
      {props.children}
      <Show when={props.qr}>
        <figure class="share-qr-figure">
          <QrImage url={props.link} label={props.qrLabel} />
          <figcaption class="hint">Or scan this code with a phone camera.</figcaption>
        </figure>
      </Show>
    </div>
  );
}

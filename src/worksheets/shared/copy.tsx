import { createSignal, type JSX, onCleanup, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { copyText } from '../../scripts/clipboard';
import { LoadStatus, onDemand } from './on-demand';

/** The copy-by-hand field, fetched the first time the browser refuses the clipboard. */
const copyByHand = onDemand(() => import('./CopyByHand').then((m) => m.CopyByHand));

/** What a worksheet's copy buttons share: which one just copied, and the field to copy by hand. */
export interface Copier {
  /** The key of the button that copied in the last 2 seconds. */
  copied: () => string | undefined;
  /** Copies `text`; says `done` to screen readers, or shows the text selected to copy by hand. */
  copy: (key: string, what: string, text: string, done: string) => Promise<void>;
  /** Closes the copy-by-hand field and the "Copied" label (another person was chosen). */
  reset: () => void;
  /** The copy-by-hand field, shown when the browser refuses the clipboard. */
  Fallback: () => JSX.Element;
}

/** Copy buttons for a worksheet, with one copy-by-hand field whose id is `fieldId`. */
export function createCopier(fieldId: string, rows = 6): Copier {
  const [copied, setCopied] = createSignal<string>();
  const [fallback, setFallback] = createSignal<{ what: string; text: string }>();
  let area: HTMLTextAreaElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const copy = async (key: string, what: string, text: string, done: string) => {
    if (await copyText(text)) {
      setFallback(undefined);
      setCopied(key);
      announce(done);
      clearTimeout(timer);
      timer = setTimeout(() => setCopied(undefined), 2000);
      return;
    }
    setFallback({ what, text });
    queueMicrotask(() => {
      area?.focus();
      area?.select();
    });
  };
  const reset = () => {
    setFallback(undefined);
    setCopied(undefined);
  };
  const Fallback = () => (
    <Show when={fallback()}>
      {(f) => (
        <Show when={copyByHand()} keyed fallback={<LoadStatus what="copy field" failed={copyByHand.failed()} />}>
          {(CopyByHand) => (
            <CopyByHand
              id={fieldId}
              rows={rows}
              what={f().what}
              text={f().text}
              ref={(el) => {
                area = el;
              }}
            />
          )}
        </Show>
      )}
    </Show>
  );
  return { copied, copy, reset, Fallback };
}

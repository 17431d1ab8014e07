import { onMount } from 'solid-js';

/** Props of the copy-by-hand field. */
export interface CopyByHandProps {
  id: string;
  rows: number;
  /** What is copied, in words ("message"). */
  what: string;
  text: string;
  ref: (el: HTMLTextAreaElement) => void;
}

/**
 * The field shown when the browser refuses the clipboard: the text, selected, to copy by hand.
 * Fetched the first time copying is refused (copy.tsx); it takes the focus as it appears.
 */
export function CopyByHand(props: CopyByHandProps) {
  let area: HTMLTextAreaElement | undefined;
  onMount(() => {
    area?.focus();
    area?.select();
  });
  return (
    <div class="field copy-fallback no-print">
      <label for={props.id}>
        Copying is blocked in this browser. Your {props.what} is selected here: press Control and C (Command and C on a
        Mac) to copy it.
      </label>
      <textarea
        id={props.id}
        readOnly
        rows={props.rows}
        value={props.text}
        ref={(el) => {
          area = el;
          props.ref(el);
        }}
      />
    </div>
  );
}

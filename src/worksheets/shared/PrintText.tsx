import { For, Show } from 'solid-js';

/**
 * A long answer as it should print: the text as written, or blank lines to write on.
 * It is hidden on screen (the field shows the text there); pair it with a field that has the
 * class "print-replaced", whose box is hidden in print because a text area cuts long text off.
 */
export function PrintText(props: { text: string; lines?: number }) {
  return (
    <Show
      when={props.text.trim()}
      fallback={
        <div class="print-lines" aria-hidden="true">
          <For each={Array.from({ length: props.lines ?? 3 })}>{() => <div class="print-line" />}</For>
        </div>
      }
    >
      <p class="print-text" aria-hidden="true">
        {props.text}
      </p>
    </Show>
  );
}

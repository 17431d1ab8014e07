import { For } from 'solid-js';

/** Blank lines to write on by hand; they show only in print. */
export function Lines(props: { count: number }) {
  return (
    <div class="print-lines" aria-hidden="true">
      <For each={Array.from({ length: props.count })}>{() => <div class="print-line" />}</For>
    </div>
  );
}

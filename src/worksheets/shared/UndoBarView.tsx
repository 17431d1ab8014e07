import { createEffect, Show } from 'solid-js';
import type { UndoBarProps } from './UndoBar';

/** The bar itself: what was removed, Undo and Dismiss; it takes focus so the student hears it. */
export function UndoBarView(props: UndoBarProps) {
  let bar: HTMLDivElement | undefined;
  createEffect(() => {
    if (props.message) queueMicrotask(() => bar?.focus());
  });
  return (
    <Show when={props.message}>
      <div class="undo-bar" ref={bar} tabindex="-1">
        <p>{props.message}</p>
        <button type="button" class="small-button" onClick={() => props.onUndo()}>
          Undo
        </button>
        <button type="button" class="small-button" onClick={() => props.onDismiss()}>
          Dismiss
        </button>
      </div>
    </Show>
  );
}

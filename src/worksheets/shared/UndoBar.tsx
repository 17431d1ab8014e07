import { createEffect, Show } from 'solid-js';

/** Props of the "Removed … Undo" bar. */
export interface UndoBarProps {
  /** What was removed, in words ("Removed Ana Souza."); nothing shows when empty. */
  message: string | undefined;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A bar that confirms a removal and offers to undo it; it takes focus so the student hears it. */
export function UndoBar(props: UndoBarProps) {
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

import { type JSX, Show } from 'solid-js';
import { createLoadedSubmit } from './entry';

/** Props of the buttons under an entry field. */
export interface AddButtonsProps {
  /** Words on the add button ("Add person"). */
  label: string;
  /** True after a duplicate was refused: shows "Add anyway". */
  duplicate: boolean;
  /** Adds the entry; `allowDuplicate` is true from "Add anyway". */
  onAdd: (allowDuplicate: boolean) => void;
  /** A less prominent add button, for fields inside a longer form. */
  secondary?: boolean;
  /** A fuller accessible name for "Add anyway", when the short one is unclear. */
  anywayLabel?: string;
  /** Other choices offered with "Add anyway" after a duplicate, shown before it. */
  alternatives?: JSX.Element;
  /** Buttons that follow, such as "Done". */
  children?: JSX.Element;
}

/** An entry's add button and, after a refused duplicate, the choice to add it anyway. */
export function AddButtons(props: AddButtonsProps) {
  const submitWhenLoaded = createLoadedSubmit();
  return (
    <div class="button-row">
      <button
        type="button"
        class={props.secondary ? 'button secondary' : 'button'}
        onClick={() => submitWhenLoaded(() => props.onAdd(false))}
      >
        {props.label}
      </button>
      <Show when={props.duplicate}>
        {props.alternatives}
        <button
          type="button"
          class="button secondary"
          aria-label={props.anywayLabel}
          onClick={() => submitWhenLoaded(() => props.onAdd(true))}
        >
          Add anyway
        </button>
      </Show>
      {props.children}
    </div>
  );
}

import { Show } from 'solid-js';

/** Props of a field for a code: its id, label, hint, value, error, and what typing and Enter do. */
export interface CodeInputProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  onValue: (value: string) => void;
  onEnter?: () => void;
  ref?: (el: HTMLInputElement) => void;
}

/**
 * A labelled field for a code of words, with its hint and error tied to it. No spell check,
 * capitals or autofill: a code is typed as it was given.
 */
export function CodeInput(props: CodeInputProps) {
  const describedBy = () => [`${props.id}-hint`, props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <Show when={props.error}>
        <p class="error-message" id={`${props.id}-error`} role="alert">
          <span class="sr-only">Error: </span>
          {props.error}
        </p>
      </Show>
      <input
        id={props.id}
        class="code-input"
        type="text"
        autocomplete="off"
        autocapitalize="none"
        spellcheck={false}
        maxLength={200}
        value={props.value}
        aria-describedby={describedBy()}
        aria-invalid={props.error ? true : undefined}
        ref={props.ref}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && props.onEnter) {
            e.preventDefault();
            props.onEnter();
          }
        }}
      />
    </div>
  );
}

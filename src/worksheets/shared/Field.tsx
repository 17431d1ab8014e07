import { createSignal, type JSX, Show } from 'solid-js';

/** Props of a labelled text field with optional hint, error and character limit. */
export interface FieldProps {
  /** Unique id of the input; the label, hint and error derive their ids from it. */
  id: string;
  label: JSX.Element;
  hint?: JSX.Element;
  /** Marks the label "(optional)" instead of making the field look required. */
  optional?: boolean;
  /** Current value (from the workbook). */
  value: string;
  /** Called with the new text on every keystroke. */
  onValue: (value: string) => void;
  /** An error to show next to the field, in words. */
  error?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'date' | 'url';
  maxLength?: number;
  autocomplete?: string;
  onKeyDown?: JSX.EventHandler<HTMLInputElement | HTMLTextAreaElement, KeyboardEvent>;
  ref?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
  class?: string;
}

/**
 * A form field in the GOV.UK pattern: label, hint, error and input in one block.
 * Text typed before the page finished loading is kept: the field reports it once hydrated.
 */
export function Field(props: FieldProps) {
  const [over, setOver] = createSignal(false);
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '', over() ? `${props.id}-limit` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const input = (e: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    const v = e.currentTarget.value;
    setOver(props.maxLength !== undefined && v.length >= props.maxLength);
    props.onValue(v);
  };
  let adopted = false;
  const adopt = (el: HTMLInputElement | HTMLTextAreaElement) => {
    // Runs once: a spread may apply `ref` again when other props change.
    if (adopted) return;
    adopted = true;
    props.ref?.(el);
    // Keep anything typed into the server-rendered field before this script ran.
    const typed = el.value;
    if (typed && typed !== props.value) queueMicrotask(() => props.onValue(typed));
  };
  const common = () => ({
    id: props.id,
    name: props.id,
    'aria-describedby': describedBy(),
    'aria-invalid': props.error ? ('true' as const) : undefined,
    maxLength: props.maxLength,
    autocomplete: props.autocomplete ?? 'off',
    onInput: input,
    onKeyDown: props.onKeyDown,
    ref: adopt,
  });
  return (
    <div class={`field${props.error ? ' field-error' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <label for={props.id}>
        {props.label}
        <Show when={props.optional}>
          <span class="optional"> (optional)</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="error-message" id={`${props.id}-error`}>
          <span class="sr-only">Error: </span>
          {props.error}
        </p>
      </Show>
      <Show when={props.multiline} fallback={<input {...common()} type={props.type ?? 'text'} value={props.value} />}>
        <textarea {...common()} rows={props.rows ?? 3} value={props.value} />
      </Show>
      <Show when={over()}>
        <p class="limit-message" id={`${props.id}-limit`}>
          You have reached the limit of {props.maxLength?.toLocaleString('en')} characters. Anything longer is not kept.
        </p>
      </Show>
    </div>
  );
}

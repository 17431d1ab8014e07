import { createSignal, type JSX, onMount, Show, untrack } from 'solid-js';
import { whenLoaded } from '../../workbook/load-gate';
import { settleEarlyText } from './typed-early';

// The notes a field shows only now and then (FieldNotes.tsx), fetched the first time one is needed.
// Not through on-demand.tsx, which lives with the workbook code: the advisor page's plan builder
// uses this field without the workbook.
const [fieldNotes, setFieldNotes] = createSignal<typeof import('./FieldNotes')>();
let notesAsked = false;
/** The notes module: fetched at the first call (again after a failed fetch), undefined until it is here. */
const notes = () => {
  if (!notesAsked) {
    notesAsked = true;
    import('./FieldNotes').then(setFieldNotes, () => {
      notesAsked = false;
    });
  }
  return fieldNotes();
};

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
  type?: 'text' | 'email' | 'date' | 'time' | 'url';
  maxLength?: number;
  autocomplete?: string;
  onKeyDown?: JSX.EventHandler<HTMLInputElement | HTMLTextAreaElement, KeyboardEvent>;
  ref?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
  class?: string;
}

/**
 * A form field in the GOV.UK pattern: label, hint, error and input in one block.
 * Text typed before the saved answer is shown (the page was still loading) is held back until the
 * workbook has loaded, then kept beside the saved answer, never over it (see typed-early.ts).
 */
export function Field(props: FieldProps) {
  const [over, setOver] = createSignal(false);
  // Text typed early, while the student should know: both were kept, or the typed text is offered.
  const [keptBoth, setKeptBoth] = createSignal(false);
  const [offered, setOffered] = createSignal<string>();
  const noted = () => keptBoth() || offered() !== undefined;
  const forgetNote = () => {
    setKeptBoth(false);
    setOffered(undefined);
  };
  const describedBy = () =>
    [
      props.hint ? `${props.id}-hint` : '',
      props.error ? `${props.id}-error` : '',
      noted() ? `${props.id}-kept` : '',
      over() ? `${props.id}-limit` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  let input: HTMLInputElement | HTMLTextAreaElement | undefined;
  // Until the saved workbook is loaded, typing is held here instead of being saved over it.
  let loaded = false;
  let heldText: string | undefined;
  let tidied = false;
  const onInput = (e: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    const v = e.currentTarget.value;
    setOver(props.maxLength !== undefined && v.length >= props.maxLength);
    if (!loaded) {
      heldText = v;
      return;
    }
    if (noted()) tidied = true;
    props.onValue(v);
  };
  const settle = () => {
    loaded = true;
    const typed = heldText;
    heldText = undefined;
    if (!typed) return;
    const saved = untrack(() => props.value);
    const result = settleEarlyText(saved, typed, { multiline: props.multiline, maxLength: props.maxLength });
    if (result.kind === 'take' || result.kind === 'both') props.onValue(result.value);
    // The note says itself aloud when it shows (FieldNotes.tsx).
    if (result.kind === 'both') setKeptBoth(true);
    else if (result.kind === 'choose') setOffered(result.typed);
  };
  onMount(() => whenLoaded(settle));
  let adopted = false;
  const adopt = (el: HTMLInputElement | HTMLTextAreaElement) => {
    // Runs once, for the one input or textarea drawn.
    if (adopted) return;
    adopted = true;
    input = el;
    props.ref?.(el);
    // Text typed into the server-rendered field before this script ran: settled once loaded.
    if (el.value) heldText = el.value;
  };
  const useTyped = (typed: string) => {
    props.onValue(typed);
    forgetNote();
    input?.focus();
  };
  // The note about early text goes once the student has edited the field and moved on.
  const onBlur = () => {
    if (tidied) forgetNote();
  };
  const onKeyDown = (e: KeyboardEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    props.onKeyDown?.(e as Parameters<NonNullable<FieldProps['onKeyDown']>>[0]);
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
      {/* Attributes written out, not spread: a spread makes every attribute an effect of its own. */}
      <Show
        when={props.multiline}
        fallback={
          <input
            id={props.id}
            name={props.id}
            aria-describedby={describedBy()}
            aria-invalid={props.error ? 'true' : undefined}
            maxLength={props.maxLength}
            type={props.type ?? 'text'}
            autocomplete={props.autocomplete ?? 'off'}
            value={props.value}
            onInput={onInput}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
            ref={adopt}
          />
        }
      >
        <textarea
          id={props.id}
          name={props.id}
          aria-describedby={describedBy()}
          aria-invalid={props.error ? 'true' : undefined}
          maxLength={props.maxLength}
          rows={props.rows ?? 3}
          autocomplete={props.autocomplete ?? 'off'}
          value={props.value}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          ref={adopt}
        />
      </Show>
      <Show when={noted() && notes()}>
        {(loaded) => {
          const { EarlyNote } = loaded();
          return <EarlyNote id={props.id} offered={offered()} onUse={useTyped} />;
        }}
      </Show>
      <Show when={over() && notes()}>
        {(loaded) => {
          const { LimitNote } = loaded();
          return <LimitNote id={props.id} maxLength={props.maxLength ?? 0} />;
        }}
      </Show>
    </div>
  );
}

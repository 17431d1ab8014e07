import { createSignal } from 'solid-js';
import { whenLoaded } from '../../workbook/load-gate';

type Input = HTMLInputElement | HTMLTextAreaElement;

/** Options of an entry field beyond "Enter adds". */
export interface EntryOptions {
  /** Called on Escape (for example to close the field). */
  onEscape?: () => void;
  /** Puts the cursor in the field as soon as it appears. */
  focusOnOpen?: boolean;
}

/**
 * Makes a function that runs an add once the saved workbook is loaded: Enter pressed while it loads
 * adds the entry then, checked against the saved list (a refusal is shown, never lost). Presses
 * made while one add waits count once.
 */
export function createLoadedSubmit(): (submit: () => void) => void {
  let queued = false;
  return (submit) => {
    if (queued) return;
    queued = true;
    whenLoaded(() => {
      queued = false;
      submit();
    });
  };
}

/**
 * State of a "type it, press Enter, type the next one" field: its text, its error in words and
 * whether the refusal was a duplicate (which offers "Add anyway"). `field` goes to <Field>.
 */
export function createEntry(submit: () => void, options: EntryOptions = {}) {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [duplicate, setDuplicate] = createSignal(false);
  let input: Input | undefined;
  const submitWhenLoaded = createLoadedSubmit();
  const clearError = () => {
    setError(undefined);
    setDuplicate(false);
  };
  return {
    text,
    error,
    duplicate,
    /** Props for <Field>: the text and its error; typing clears the error, Enter submits. */
    field: {
      get value() {
        return text();
      },
      get error() {
        return error();
      },
      onValue: (value: string) => {
        setText(value);
        if (error() || duplicate()) clearError();
      },
      ref: (el: Input) => {
        input = el;
        if (options.focusOnOpen) queueMicrotask(() => el.focus());
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          submitWhenLoaded(submit);
        } else if (event.key === 'Escape') options.onEscape?.();
      },
    },
    /** After an add: empties the field and puts the cursor back for the next entry. */
    accept() {
      setText('');
      if (input) input.value = '';
      clearError();
      input?.focus();
    },
    /** After a refusal: shows why, offers "Add anyway" for a duplicate, keeps the text and focuses it. */
    refuse(message: string, isDuplicate = false) {
      setError(message);
      setDuplicate(isDuplicate);
      input?.focus();
    },
    /** Forgets the text and any error (the field closed, or another person was chosen). */
    reset() {
      setText('');
      clearError();
    },
    clearError,
    /** Puts the cursor in the field. */
    focus: () => input?.focus(),
  };
}

/** The state createEntry returns. */
export type Entry = ReturnType<typeof createEntry>;

import { createSignal, splitProps } from 'solid-js';
import { announce } from '../../scripts/announce';
import type { Format } from '../../workbook/formats';
import { Field, type FieldProps } from './Field';
import { judgeTyped, messageWhileTyping } from './formatted';

/** Props of a field with a format: those of Field, with the format and its rules. */
export interface FormattedFieldProps extends Omit<FieldProps, 'type' | 'multiline' | 'rows' | 'onValue'> {
  format: Format;
  /** A rule beyond the format (a date not in the future…): a message in words, or undefined. */
  check?: (value: string) => string | undefined;
  /** The message for a half-typed date (default: the format's own). */
  incomplete?: string;
  /** Called only with text that fits the format and the rule, or is empty, as it is stored. */
  onValue: (value: string) => void;
  /** When the caller keeps the error (to set it from elsewhere too): called with each new message. */
  onError?: (message: string | undefined) => void;
}

/**
 * A Field for dates and email addresses that never saves text that does not fit: such text stays on
 * screen with the reason in words (at once for a whole date, otherwise when the student leaves).
 */
export function FormattedField(props: FormattedFieldProps) {
  const [own, field] = splitProps(props, ['format', 'check', 'incomplete', 'onValue', 'onError', 'error', 'ref']);
  const [ownError, setOwnError] = createSignal<string>();
  const error = () => (own.onError ? own.error : ownError());
  const setError = (message: string | undefined) => (own.onError ? own.onError(message) : setOwnError(message));
  let input: HTMLInputElement | undefined;
  const judge = (text: string) =>
    judgeTyped(own.format, text, {
      badInput: input?.validity.badInput,
      check: own.check,
      incomplete: own.incomplete,
    });
  const typed = (text: string) => {
    const verdict = judge(text);
    setError(messageWhileTyping(verdict, error()));
    if (verdict.ok) own.onValue(verdict.value);
  };
  const left = () => {
    if (!input) return;
    const verdict = judge(input.value);
    const problem = verdict.ok ? undefined : verdict.problem;
    if (problem && problem !== error()) announce(problem);
    setError(problem);
  };
  return (
    <Field
      {...field}
      type={own.format}
      error={error()}
      onValue={typed}
      ref={(el) => {
        input = el as HTMLInputElement;
        el.addEventListener('blur', left);
        own.ref?.(el);
      }}
    />
  );
}

import { createSignal } from 'solid-js';
import { MAX_NAME } from '../../workbook/model';
import { Field } from '../shared/Field';

/** Props of a version's name field. */
interface VersionNameProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onValue: (value: string) => void;
}

/**
 * The name of a version, new or renamed, with its refusal in words: typing clears the refusal,
 * Enter submits the name and Escape closes the field (where it can be closed).
 */
export function createVersionName(submit: () => void, onEscape?: () => void) {
  const [error, setError] = createSignal<string>();
  let input: HTMLInputElement | HTMLTextAreaElement | undefined;
  return {
    /** Shows why the name was refused and puts the cursor back in the field; undefined clears it. */
    refuse(problem: string | undefined) {
      setError(problem);
      if (problem) input?.focus();
    },
    /** The field itself. */
    Field: (props: VersionNameProps) => (
      <Field
        id={props.id}
        label={props.label}
        hint={props.hint}
        value={props.value}
        onValue={(v) => {
          props.onValue(v);
          if (error()) setError(undefined);
        }}
        error={error()}
        maxLength={MAX_NAME}
        ref={(el) => {
          input = el;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
          if (e.key === 'Escape') onEscape?.();
        }}
      />
    ),
  };
}

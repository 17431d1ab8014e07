import { createSignal, Show } from 'solid-js';
import { MAX_NAME, type Target } from '../../workbook/model';
import { DateField } from '../shared/DateField';
import { Field } from '../shared/Field';
import { countFromText } from './target-count';
import { targetSentence } from './target-words';

/** Props of one target's fields. */
export interface TargetRowProps {
  target: Target;
  /** Its place in the list, from 1, for labels that tell the targets apart. */
  number: number;
  onChange: (patch: Partial<Omit<Target, 'id'>>) => void;
  onRemove: () => void;
}

/** One target with a date: how many people, who, by when; and the target in words (what prints). */
export function TargetRow(props: TargetRowProps) {
  const id = (part: string) => `goals-t-${props.target.id}-${part}`;
  const [countError, setCountError] = createSignal<string>();
  return (
    <li class="target" id={id('row')}>
      <fieldset class="target-fields">
        <legend>Target {props.number}</legend>
        <div class={`field target-count${countError() ? ' field-error' : ''}`}>
          <label for={id('count')}>How many people</label>
          <Show when={countError()}>
            <p class="error-message" id={id('count-error')}>
              <span class="sr-only">Error: </span>
              {countError()}
            </p>
          </Show>
          <input
            id={id('count')}
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxLength={3}
            value={props.target.count === 0 ? '' : String(props.target.count)}
            aria-invalid={countError() ? 'true' : undefined}
            aria-describedby={countError() ? id('count-error') : undefined}
            onInput={(e) => {
              const r = countFromText(e.currentTarget.value);
              setCountError(r.ok ? undefined : r.error);
              if (r.ok) props.onChange({ count: r.value });
            }}
          />
        </div>
        <Field
          id={id('who')}
          class="target-who"
          label="Who: a field, a kind of job or an organization"
          value={props.target.who}
          maxLength={MAX_NAME}
          onValue={(who) => props.onChange({ who })}
        />
        <DateField
          id={id('by')}
          class="target-by"
          label="By when"
          value={props.target.by}
          onValue={(by) => props.onChange({ by })}
        />
      </fieldset>
      <p class="target-words">
        <span class="sr-only">Target {props.number} in words: </span>
        {targetSentence(props.target) || 'Not filled in yet.'}
      </p>
      <button type="button" class="small-button danger no-print" onClick={() => props.onRemove()}>
        Remove target {props.number}
      </button>
    </li>
  );
}

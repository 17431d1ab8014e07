import { For, Show } from 'solid-js';
import type { Contact, Rating } from '../../workbook/model';
import { RATING_CHOICES, RATING_QUESTIONS, RATING_SHORT, type RatingKey } from '../shared/priorities/priorities';

/** Props of the ratings for one person. */
export interface RatePersonProps {
  person: Contact;
  /** Where the person comes from, in words ("Family and friends · Met at Career fairs"). */
  context: string;
  onRate: (key: RatingKey, value: Rating) => void;
}

const KEYS: readonly RatingKey[] = ['relevance', 'motivation'];

/**
 * One person's row: their name (the legend), and for each question a segmented 1-2-3 control,
 * then where they come from. The choices stay native radio buttons in a fieldset whose legend is the
 * whole question (for screen readers); on screen, the column headings above the list (RateHead) name
 * the questions, so every row takes only a line or two.
 */
export function RatePerson(props: RatePersonProps) {
  const id = (part: string) => `g-${props.person.id}-${part}`;
  return (
    <fieldset class="rate-person">
      <legend>{props.person.name}</legend>
      <For each={KEYS}>
        {(key) => (
          <fieldset class={`rating rating-${key}`}>
            <legend class="sr-only">{RATING_QUESTIONS[key]}</legend>
            <div class="segments">
              <For each={RATING_CHOICES}>
                {(choice) => (
                  <span class="segment">
                    <input
                      type="radio"
                      id={id(`${key}-${choice.value}`)}
                      name={id(key)}
                      value={choice.value}
                      checked={props.person[key] === choice.value}
                      onChange={() => props.onRate(key, choice.value)}
                    />
                    <label for={id(`${key}-${choice.value}`)}>
                      {choice.value}
                      <span class="sr-only"> {choice.label}</span>
                    </label>
                  </span>
                )}
              </For>
            </div>
          </fieldset>
        )}
      </For>
      <Show when={props.context}>
        <p class="hint rate-context">{props.context}</p>
      </Show>
    </fieldset>
  );
}

/** The column headings of the list of people to rate: they stay in view while the list scrolls (decoration: each question is its group's legend too). */
export function RateHead() {
  return (
    <div class="rate-head" aria-hidden="true">
      <span>Person</span>
      <For each={KEYS}>{(key) => <span>{RATING_SHORT[key]}</span>}</For>
    </div>
  );
}

import { For, Show } from 'solid-js';
import type { Contact, Rating } from '../../workbook/model';
import { RATING_CHOICES, RATING_QUESTIONS, type RatingKey } from './priorities';

/** Props of the ratings for one person. */
export interface RatePersonProps {
  person: Contact;
  /** Where the person comes from, in words ("Family and friends · Met at Career fairs"). */
  context: string;
  onRate: (key: RatingKey, value: Rating) => void;
}

const KEYS: readonly RatingKey[] = ['relevance', 'motivation'];

/** One person's fieldset: how relevant they are to the goals, and how much the student wants to talk to them. */
export function RatePerson(props: RatePersonProps) {
  const id = (part: string) => `g-${props.person.id}-${part}`;
  return (
    <fieldset class="rate-person">
      <legend>{props.person.name}</legend>
      <Show when={props.context}>
        <p class="hint">{props.context}</p>
      </Show>
      <div class="rating-pair">
        <For each={KEYS}>
          {(key) => (
            <fieldset class="rating">
              <legend>{RATING_QUESTIONS[key]}</legend>
              <div class="rating-choices">
                <For each={RATING_CHOICES}>
                  {(choice) => (
                    <div class="choice">
                      <input
                        type="radio"
                        id={id(`${key}-${choice.value}`)}
                        name={id(key)}
                        value={choice.value}
                        checked={props.person[key] === choice.value}
                        onChange={() => props.onRate(key, choice.value)}
                      />
                      <label for={id(`${key}-${choice.value}`)}>
                        {choice.value} {choice.label}
                      </label>
                    </div>
                  )}
                </For>
              </div>
            </fieldset>
          )}
        </For>
      </div>
    </fieldset>
  );
}

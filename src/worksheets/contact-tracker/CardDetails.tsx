import { type Accessor, For, type JSX, Show } from 'solid-js';
import { type Day, formatDay } from '../../lib/days';
import type { Contact } from '../../workbook/model';
import { dueWords } from '../shared/follow-up/due';
import { adviceFor, QUICK_STEPS, quickNextDate, threeBSeven } from '../shared/follow-up/follow-up';
import { CardDates } from './CardDates';

/** Props of an opened card's details. */
export interface CardDetailsProps {
  person: Accessor<Contact>;
  circleName: string;
  today: Day;
  editing: boolean;
  onEdit: () => void;
  /** A quick button chose the next contact date; `said` is the announcement of it in words. */
  onNext: (date: Day, said: string) => void;
  /** The editor, when open. */
  children?: JSX.Element;
}

/**
 * What an opened card shows: where the person is from and their dates (CardDates.tsx), the advice in
 * words, quick buttons for the next contact and the button that opens the editor. Loaded when a
 * card first opens.
 */
export function CardDetails(props: CardDetailsProps) {
  const p = props.person;
  const routine = () => threeBSeven(p(), props.today);
  const chooseNext = (date: Day) =>
    props.onNext(
      date,
      `Next contact with ${p().name}: ${formatDay(date)}, ${dueWords(date, props.today).toLowerCase()}.`,
    );
  return (
    <>
      <CardDates person={p} circleName={props.circleName} today={props.today} />
      <p class="ct-advice">{adviceFor(p(), props.today)}</p>
      <fieldset class="ct-quick no-print">
        <legend>
          Set next contact<span class="sr-only"> for {p().name}</span>:
        </legend>
        <div class="ct-quick-buttons">
          <For each={QUICK_STEPS}>
            {(step) => (
              <button
                type="button"
                class="small-button ct-step"
                onClick={() => chooseNext(quickNextDate(props.today, step.days))}
              >
                {step.label}
                <span class="sr-only"> (next contact {step.words})</span>
              </button>
            )}
          </For>
          <Show when={routine()?.nextDate}>
            {(date) => (
              <button type="button" class="small-button" onClick={() => chooseNext(date())}>
                Use the 3B7 date, {formatDay(date())}
              </button>
            )}
          </Show>
        </div>
      </fieldset>
      <div class="button-row no-print">
        <button
          type="button"
          class="small-button"
          id={`ct-${p().id}-edit`}
          aria-expanded={props.editing}
          onClick={() => props.onEdit()}
        >
          {props.editing ? 'Close' : 'Update status and dates'}
          <span class="sr-only"> for {p().name}</span>
        </button>
      </div>
      {props.children}
    </>
  );
}

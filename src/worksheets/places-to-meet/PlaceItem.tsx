import { createSignal, For, Show } from 'solid-js';
import type { Contact } from '../../workbook/model';
import { FormattedField } from '../shared/FormattedField';
import { LongAnswer } from '../shared/LongAnswer';
import { createPager, ShowMore } from '../shared/ShowMore';
import type { PlaceActions } from './place-actions';
import type { PlaceAnswers, PlaceView } from './places';

/** Props of one place in the list. */
export interface PlaceItemProps {
  place: PlaceView;
  people: Contact[];
  onChange: (answers: PlaceAnswers) => void;
  /** The worksheet's changes once loaded (place-actions.tsx), with the form that adds people met here. */
  actions: PlaceActions | undefined;
  /** Runs a change (remove, undo, open that form): at once when the changes are loaded, else once they are. */
  act: (change: (actions: PlaceActions) => void) => void;
}

/** One place: a checkbox to try it and, once chosen, its date, notes and the people met there. */
export function PlaceItem(props: PlaceItemProps) {
  // A row stays with one place (the list is keyed by id), so its ids are worked out once.
  const id = (part: string) => `pl-${props.place.id}-${part}`;
  const tryId = id('try');
  const hintId = id('hint');
  const whenId = id('when');
  const [adding, setAdding] = createSignal(false);
  let openButton: HTMLButtonElement | undefined;

  // A place where many people were met (a career fair) shows a page of them at a time.
  const metPager = createPager(() => props.people.length);
  let metList: HTMLUListElement | undefined;
  const open = () => props.place.tryIt || !!props.place.date || !!props.place.notes || props.people.length > 0;

  const close = () => {
    setAdding(false);
    queueMicrotask(() => openButton?.focus());
  };

  return (
    <li class="entry place">
      <div class="choice place-choice">
        <input
          type="checkbox"
          id={tryId}
          checked={props.place.tryIt}
          aria-describedby={
            [props.place.hint && hintId, props.place.when && whenId].filter(Boolean).join(' ') || undefined
          }
          onChange={(e) => props.onChange({ tryIt: e.currentTarget.checked })}
        />
        <label for={tryId} class="place-name">
          {props.place.name}
        </label>
      </div>
      <Show when={props.place.hint}>
        <p class="hint place-hint" id={hintId}>
          {props.place.hint}
        </p>
      </Show>
      <Show when={props.place.when || props.place.url}>
        <p class="hint place-hint">
          <Show when={props.place.when}>
            <span id={whenId}>{`On ${props.place.when}.`}</span>{' '}
          </Show>
          <Show when={props.place.url}>
            <a href={props.place.url}>
              More information<span class="sr-only">{` about ${props.place.name}`}</span>
            </a>
          </Show>
        </p>
      </Show>
      <Show when={!props.place.listed}>
        <div class="button-row place-own no-print">
          <span class="tag">Your own place</span>
          <button
            type="button"
            class="small-button danger"
            onClick={() => {
              const shown = props.place;
              props.act((m) => m.removePlace(shown));
            }}
          >
            Remove<span class="sr-only">{` ${props.place.name}`}</span>
          </button>
        </div>
      </Show>
      <Show
        when={open()}
        fallback={
          <div class="print-lines" aria-hidden="true">
            <div class="print-line" />
          </div>
        }
      >
        <div class="place-details">
          {/* A date with no rule: the formatted field alone (DateField adds rules and today's date). */}
          <FormattedField
            format="date"
            id={id('date')}
            class="date-field"
            label={
              <>
                Date<span class="sr-only">{` for ${props.place.name}`}</span>
              </>
            }
            optional
            hint="When you plan to go."
            value={props.place.date}
            onValue={(date) => props.onChange({ date })}
          />
          <LongAnswer
            id={id('notes')}
            label={
              <>
                Notes<span class="sr-only">{` on ${props.place.name}`}</span>
              </>
            }
            optional
            hint="What you hope to get from it, who to look for, what to bring."
            value={props.place.notes}
            onValue={(notes) => props.onChange({ notes })}
            printLines={2}
          />

          <fieldset class="met">
            <legend>
              People you met here<span class="sr-only">{` at ${props.place.name}`}</span>
            </legend>
            <Show
              when={props.people.length}
              fallback={
                <>
                  <p class="empty-hint">No one yet.</p>
                  <div class="print-lines" aria-hidden="true">
                    <div class="print-line" />
                    <div class="print-line" />
                  </div>
                </>
              }
            >
              <ul class="met-list" ref={metList}>
                <For each={metPager.page(props.people)}>
                  {(person) => (
                    <li>
                      <span class="met-name">{person.name}</span>
                      <button
                        type="button"
                        class="small-button danger no-print"
                        onClick={() => props.act((m) => m.removePerson(props.place.kind, person))}
                      >
                        Remove<span class="sr-only">{` ${person.name} from your list`}</span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
              <ShowMore
                pager={metPager}
                list={() => metList}
                noun={['person', 'people']}
                which={`met at ${props.place.name}`}
              />
            </Show>
            <Show
              when={adding() && props.actions?.MetPersonForm}
              keyed
              fallback={
                <button
                  type="button"
                  class="small-button"
                  ref={openButton}
                  onClick={() => props.act(() => setAdding(true))}
                >
                  Add a person you met here<span class="sr-only">{` at ${props.place.name}`}</span>
                </button>
              }
            >
              {(MetPersonForm) => <MetPersonForm place={props.place} id={id} onClose={close} />}
            </Show>
          </fieldset>
        </div>
      </Show>
    </li>
  );
}

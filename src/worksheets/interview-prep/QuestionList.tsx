import { For, Show } from 'solid-js';
import type { PrepQuestion } from '../../workbook/model';
import { BANK_THEME_NAMES } from '../question-theme-names';
import { shortText } from '../shared/short-text';

/** Props of the list of chosen questions. */
export interface QuestionListProps {
  questions: PrepQuestion[];
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

/** The chosen questions in the order they will be asked, with buttons to move each up or down, or remove it. */
export function QuestionList(props: QuestionListProps) {
  const count = () => props.questions.length;
  return (
    <Show
      when={count()}
      fallback={
        <>
          <p class="s5-muted">
            No questions chosen yet. Tick five or six in the question bank below, or write your own.
          </p>
          <ol class="ip-print-lines" aria-hidden="true">
            <For each={Array.from({ length: 6 })}>{() => <li class="print-line" />}</For>
          </ol>
        </>
      }
    >
      <p class="ip-count">
        {count()} {count() === 1 ? 'question' : 'questions'}.{' '}
        {count() < 5
          ? 'Aim for five to eight in a 20-minute talk.'
          : count() > 8
            ? 'That is more than 20 minutes allow: put the most important first.'
            : 'A good number for 20 minutes.'}
      </p>
      <ol class="ip-questions">
        <For each={props.questions}>
          {(q, i) => (
            <li class="ip-question">
              <p class="ip-question-text">{q.text}</p>
              <p class="ip-question-theme">{BANK_THEME_NAMES[q.theme]}</p>
              <div class="button-row no-print">
                <Show when={i() > 0}>
                  <button
                    type="button"
                    class="small-button"
                    id={`ip-up-${q.id}`}
                    aria-label={`Move up: ${shortText(q.text)}`}
                    onClick={() => props.onMove(q.id, -1)}
                  >
                    Move up
                  </button>
                </Show>
                <Show when={i() < count() - 1}>
                  <button
                    type="button"
                    class="small-button"
                    id={`ip-down-${q.id}`}
                    aria-label={`Move down: ${shortText(q.text)}`}
                    onClick={() => props.onMove(q.id, 1)}
                  >
                    Move down
                  </button>
                </Show>
                <button
                  type="button"
                  class="small-button danger"
                  aria-label={`Remove: ${shortText(q.text)}`}
                  onClick={() => props.onRemove(q.id)}
                >
                  Remove
                </button>
              </div>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}

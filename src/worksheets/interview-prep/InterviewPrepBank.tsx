import { createMemo, For, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { BANK_THEMES, questionsOfTheme } from '../question-bank';
import { useChosenContact } from '../shared/chosen-contact';
import { bankQuestionId, prepFor } from '../shared/prep';
import { useWorkbookData } from '../shared/use-workbook';
import { changePrepOf } from './load-changes';

/**
 * Step 5 interview preparation, last island: the question bank to pick from, for the person chosen
 * in the first island (InterviewPrep.tsx). A ticked question goes to the end of the list above it
 * (InterviewPrepQuestions.tsx). Not printed.
 */
export default function InterviewPrepBank() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  const questions = createMemo(() => {
    const c = contact();
    return (c && prepFor(doc(), c.id)?.questions) || [];
  });
  return (
    <div class="interview-prep">
      <Show when={contact()}>
        <section class="ip-bank no-print" aria-labelledby="ip-bank-title">
          <h4 id="ip-bank-title">Choose from the question bank</h4>
          <p class="hint">
            Ticked questions go to the end of your list. See <a href="/question-bank/">the question bank</a> for when
            each one works best.
          </p>
          <For each={BANK_THEMES}>
            {(group) => (
              <fieldset class="ip-theme">
                <legend>{group.title}</legend>
                <For each={questionsOfTheme(group.theme)}>
                  {(q) => (
                    <div class="choice">
                      <input
                        type="checkbox"
                        id={`ip-bank-${q.id}`}
                        checked={questions().some((c) => c.id === bankQuestionId(q))}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          changePrepOf(
                            contact()?.id,
                            ({ toggleBankQuestion }, d, cid) => toggleBankQuestion(d, cid, q, on),
                            () => announce(on ? `Added as question ${questions().length}.` : 'Taken out of your list.'),
                          );
                        }}
                      />
                      <label for={`ip-bank-${q.id}`}>{q.text}</label>
                    </div>
                  )}
                </For>
              </fieldset>
            )}
          </For>
        </section>
      </Show>
    </div>
  );
}

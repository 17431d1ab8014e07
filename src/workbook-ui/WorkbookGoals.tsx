import { createMemo, For, Show } from 'solid-js';
import { goalSentenceOf } from '../workbook/goal-parts';
import { WANT_LABELS } from '../workbook/labels';
import { targetSentences } from '../worksheets/goals/target-words';
import { topFiveOf } from '../worksheets/shared/priorities/priority-order';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { Answer } from './view-parts';

/** My workbook's step 3, first part: what the student wants, the goal and targets, the written answers and the top five (nothing when none). */
export default function WorkbookGoals() {
  const d = useWorkbookData();
  const goals = createMemo(() => d().goals);
  const targets = createMemo(() => targetSentences(goals()));
  const chosen = createMemo(() => topFiveOf(d().contacts));
  return (
    <>
      <Show when={goals().wants.length}>
        <h3>What you want</h3>
        <ul class="wb-list">
          <For each={goals().wants}>{(w) => <li>{WANT_LABELS[w]}</li>}</For>
        </ul>
      </Show>
      <Answer label="Your main goal" text={goalSentenceOf(goals())} />
      <Show when={targets().length}>
        <h3>Your targets</h3>
        <ul class="wb-list">
          <For each={targets()}>{(t) => <li>{t}</li>}</For>
        </ul>
      </Show>
      <Answer label="Fields that interest you" text={goals().fields} />
      <Answer label="Questions you want answered" text={goals().questions} />
      <Show when={chosen().length}>
        <h3>Your top five to contact first</h3>
        <ol class="wb-list">
          <For each={chosen()}>{(c) => <li>{c.name}</li>}</For>
        </ol>
      </Show>
    </>
  );
}

import { createMemo, For, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { changesOnDemand } from '../shared/changes-on-demand';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import type { GoalText } from './goal-answers';

/** The written answers, with their labels and hints (the notes on organizations are with their list). */
const TEXT_FIELDS: ReadonlyArray<{ key: GoalText; label: string; hint: string }> = [
  {
    key: 'fields',
    label: 'Fields that interest you',
    hint: 'For example: museum work, public health, data journalism.',
  },
  {
    key: 'questions',
    label: 'Questions you want answered',
    hint: 'What do you want to learn from the people you talk to?',
  },
];

/** Step 3 worksheet, the written answers under the targets: an island of its own (see Goals.tsx). */
export default function GoalsAnswers() {
  const data = useWorkbookData();
  const goals = createMemo(() => data().goals);
  const changes = changesOnDemand(() => import('./goal-changes'));
  return (
    <div class="goals-worksheet" onFocusIn={changes.prefetch}>
      <Show when={changes.failed()}>
        <LoadProblem what="part that saves your answers" />
      </Show>
      <For each={TEXT_FIELDS}>
        {(field) => (
          <LongAnswer
            id={`goals-${field.key}`}
            label={field.label}
            hint={field.hint}
            optional
            rows={2}
            value={goals()[field.key]}
            onValue={(text) => changes.use((m) => updateWorkbook((d) => m.setGoalText(d, field.key, text)))}
          />
        )}
      </For>
    </div>
  );
}

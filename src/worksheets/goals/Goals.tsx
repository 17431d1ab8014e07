import { createMemo, For, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { goalSentenceOf } from '../../workbook/goal-parts';
import { WANT_LABELS } from '../../workbook/labels';
import { GOAL_WANTS } from '../../workbook/model';
import { changesOnDemand } from '../shared/changes-on-demand';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';

/**
 * Step 3 worksheet, first part: what the student wants from networking and the main goal in one
 * sentence. The rest of the worksheet is islands of their own, each started when it comes near the
 * view: the targets with dates (GoalsTargets.tsx), the written answers (GoalsAnswers.tsx), the
 * people to rate (GoalsPeople.tsx) and the organizations (GoalsOrganizations.tsx). A list of 5,000
 * people is not read and drawn for a student who opens the worksheet to write a goal.
 */
export default function Goals() {
  const data = useWorkbookData();
  const goals = createMemo(() => data().goals);
  const changes = changesOnDemand(() => import('./goal-changes'));
  return (
    <div class="goals-worksheet" onFocusIn={changes.prefetch}>
      <WorkbookStatus />
      <Show when={changes.failed()}>
        <LoadProblem what="part that saves your goals" />
      </Show>
      <fieldset>
        <legend>What do you want from networking right now?</legend>
        <p class="hint">Tick all that apply.</p>
        <For each={GOAL_WANTS}>
          {(want) => (
            <div class="choice">
              <input
                type="checkbox"
                id={`goals-want-${want}`}
                checked={goals().wants.includes(want)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  changes.use((m) => updateWorkbook((d) => ({ ...d, goals: m.toggleWant(d.goals, want, on) })));
                }}
              />
              <label for={`goals-want-${want}`}>{WANT_LABELS[want]}</label>
            </div>
          )}
        </For>
      </fieldset>

      <LongAnswer
        id="goals-goal"
        label="Your main goal, in one sentence"
        hint="For example: Learn what archivists and paralegals do, by talking to two of each before the end of term."
        optional
        rows={2}
        value={goalSentenceOf(goals())}
        onValue={(text) => changes.use((m) => updateWorkbook((d) => m.setGoalSentence(d, text)))}
        printLines={2}
      />
    </div>
  );
}

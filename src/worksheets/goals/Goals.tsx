import { createMemo, For, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { WANT_LABELS } from '../../workbook/labels';
import { GOAL_WANTS } from '../../workbook/model';
import { changesOnDemand } from '../shared/changes-on-demand';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { GoalPlan } from './GoalPlan';
import type { GoalText } from './goal-answers';
import type * as GoalChanges from './goal-changes';

// The island's changes (goal-changes.ts) are fetched once, at the first change; reaching any of its
// fields starts fetching them, so a change rarely waits. One promise, so changes keep their order.
let loading: Promise<typeof GoalChanges> | undefined;
const loadChanges = () =>
  (loading ??= import('./goal-changes').catch((problem: unknown) => {
    loading = undefined;
    throw problem;
  }));
const goalChanges = changesOnDemand(loadChanges);
/** Starts fetching the changes (a failure is said at the first change). */
const fetchChanges = () => void loadChanges().catch(() => undefined);

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

/**
 * Step 3 worksheet, first part: what the student wants from networking, the goal with its targets
 * and the written answers. The people to rate (GoalsPeople.tsx) and the organizations
 * (GoalsOrganizations.tsx) are islands of their own further down the worksheet, which start when
 * they come into view: a list of 5,000 people is not read and drawn for a student who opens the
 * worksheet to write a goal.
 */
export default function Goals() {
  const data = useWorkbookData();
  const goals = createMemo(() => data().goals);
  return (
    <div class="goals-worksheet" onFocusIn={fetchChanges}>
      <WorkbookStatus />
      <Show when={goalChanges.failed()}>
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
                  goalChanges.use((m) => updateWorkbook((d) => ({ ...d, goals: m.toggleWant(d.goals, want, on) })));
                }}
              />
              <label for={`goals-want-${want}`}>{WANT_LABELS[want]}</label>
            </div>
          )}
        </For>
      </fieldset>

      <GoalPlan goals={goals()} changes={goalChanges} />

      <For each={TEXT_FIELDS}>
        {(field) => (
          <LongAnswer
            id={`goals-${field.key}`}
            label={field.label}
            hint={field.hint}
            optional
            rows={2}
            value={goals()[field.key]}
            onValue={(text) => goalChanges.use((m) => updateWorkbook((d) => m.setGoalText(d, field.key, text)))}
          />
        )}
      </For>
    </div>
  );
}

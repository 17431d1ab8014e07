import { createMemo, Show } from 'solid-js';
import { localDay } from '../lib/local-day';
import { pageLang, routineWords } from '../worksheets/shared/routine/routine';
import { goalWords, streakWords, weeklyStreak } from '../worksheets/shared/routine/streak';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { StepSection } from './view-parts';

/** My workbook's step 7: the weekly networking time and goal, with the streak of weeks the goal was met. */
export default function WorkbookRoutine() {
  const d = useWorkbookData();
  const today = localDay(new Date());
  const routine = () => d().routine;
  const streak = createMemo(() => weeklyStreak(d().contacts, routine().goal, today));
  return (
    <StepSection
      step="Step 7"
      title="Your weekly routine"
      worksheet="dashboard"
      empty={!routine().day && !routine().time && !routine().goal}
    >
      <Show when={routineWords(routine(), pageLang())}>
        {(words) => (
          <>
            <h3>Your weekly networking time</h3>
            <p>{words()}</p>
          </>
        )}
      </Show>
      <Show when={routine().goal}>
        <h3>Your weekly goal</h3>
        <p>
          {goalWords(routine().goal)} <Show when={streak()}>{(s) => streakWords(s())}</Show>
        </p>
      </Show>
    </StepSection>
  );
}

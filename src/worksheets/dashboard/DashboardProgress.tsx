import { createMemo, For } from 'solid-js';
import { useWorkbookData } from '../shared/use-workbook';
import { STATE_WORDS, stepProgress, stepsDone } from './progress';

/** A mark beside each step's state; decoration only, the state is always in words too. */
const STATE_MARKS = { done: '✓', started: '◐', 'not-started': '○', ongoing: '↻' } as const;

/**
 * Step 7 worksheet, the progress through the seven steps, each in words with a link to its first
 * worksheet. An island of its own (see Dashboard.tsx). A step done or started ("db-done",
 * "db-started") makes the dashboard print with the student's answers instead of the paper plan (paper.css).
 */
export default function DashboardProgress() {
  const doc = useWorkbookData();
  const steps = createMemo(() => stepProgress(doc()));
  return (
    <>
      <h4 id="db-progress-title">Your progress</h4>
      <p class="db-total">{stepsDone(steps())} of 6 steps done. Step 7 is a habit you keep.</p>
      <ol class="db-steps" aria-labelledby="db-progress-title">
        <For each={steps()}>
          {(s) => (
            <li class={`db-step db-${s.state}`}>
              <p class="db-step-head">
                <span class="db-mark" aria-hidden="true">
                  {STATE_MARKS[s.state]}
                </span>{' '}
                <strong>
                  Step {s.step}: {s.title}
                </strong>{' '}
                <span class="db-state">({STATE_WORDS[s.state]})</span>
              </p>
              <p class="db-step-summary">
                {s.summary}{' '}
                <a href={s.href}>
                  {s.linkText}
                  <span class="sr-only"> (step {s.step})</span>
                </a>
              </p>
            </li>
          )}
        </For>
      </ol>
    </>
  );
}

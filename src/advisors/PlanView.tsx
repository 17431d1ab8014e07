import { For, Show } from 'solid-js';
import { formatDay } from '../lib/format-day';
import { timeInWords } from '../lib/time-in-words';
import { LoadProblem } from '../worksheets/shared/on-demand';
import { linkPlan, noPlan, planProblems, planShown, problemWords, unresolved, useLinkRead } from './plan-in-link';

/**
 * "Your plan", its top: what is wrong with the link, in words, then the advisor's note as plain
 * text, the advisor's name and the next meeting (the items, saving and sharing back are PlanItems).
 */
export default function PlanView(props: { lang: string }) {
  const started = useLinkRead();
  const plan = linkPlan;
  const problems = planProblems;

  return (
    <div class="plan-view">
      <Show when={started() && planShown()} fallback={<p>Reading the plan in your link…</p>}>
        <Show when={problems().length}>
          <div class="notice" role="alert">
            <h2 class="notice-title">
              {problems().every((p) => p.kind === 'note-markup')
                ? 'About the note'
                : unresolved()
                  ? 'Your plan could not be shown in full'
                  : 'Some of this link could not be read'}
            </h2>
            <Show
              when={problemWords()}
              fallback={<LoadProblem what="explanation of what is wrong with this link" />}
              keyed
            >
              {(words) => (
                <ul>
                  <For each={problems()}>{(p) => <li>{words(p.kind, p.count)}</li>}</For>
                </ul>
              )}
            </Show>
          </div>
        </Show>

        <Show
          when={!noPlan()}
          fallback={
            <div class="plan-empty">
              <p>
                This page shows a plan from your career advisor. Open the plan link your advisor sent you, and the plan
                appears here.
              </p>
              <p>
                No plan yet? Start with <a href="/steps/identify-your-networks/">step 1: identify your networks</a>, or
                see <a href="/workbook/">what you wrote so far</a>.
              </p>
            </div>
          }
        >
          <Show when={plan()?.note}>
            <h2 id="plan-note-title">Note from your advisor</h2>
            <p class="plan-note">{plan()?.note}</p>
          </Show>
          <Show when={plan()?.advisor}>
            <p class="plan-advisor">
              <strong>From: </strong>
              {plan()?.advisor}
            </p>
          </Show>
          <Show when={plan()?.meetingDate || plan()?.meetingTime || plan()?.place}>
            <p class="plan-meeting">
              <strong>Next meeting: </strong>
              <Show when={plan()?.meetingDate}>
                <time datetime={plan()?.meetingDate}>{formatDay(plan()?.meetingDate ?? '')}</time>
              </Show>
              <Show when={plan()?.meetingTime}>
                {plan()?.meetingDate ? ', at ' : 'at '}
                <time datetime={plan()?.meetingTime}>{timeInWords(plan()?.meetingTime ?? '', props.lang)}</time>
              </Show>
              <Show when={plan()?.place}>
                {plan()?.meetingDate || plan()?.meetingTime ? ', ' : ''}
                <span class="plan-place">{plan()?.place}</span>
              </Show>
            </p>
          </Show>
        </Show>
      </Show>
    </div>
  );
}

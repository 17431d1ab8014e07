import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { type Day, formatDay, localDay } from '../../lib/days';
import { STATUS_LABELS } from '../../workbook/labels';
import { indexById } from '../../workbook/lookups';
import { CONTACT_STATUSES } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import type { ActionKind } from '../shared/follow-up/actions';
import { dueState, dueWords } from '../shared/follow-up/due';
import { statusCounts } from '../shared/follow-up/status-counts';
import { ALL } from '../shared/follow-up/tracker-links';
import { trackerPath } from '../shared/follow-up/tracker-path';
import { LoadStatus, onDemand } from '../shared/on-demand';
import { peopleInWeeks } from '../shared/routine/streak';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { hasIntroductions } from './has-introductions';
import { NEXT_ACTION_DAYS, nextActions } from './next-actions';
import { STATE_WORDS, stepProgress, stepsDone } from './progress';
import { Routine } from './Routine';
import { WeekChart } from './WeekChart';
import { WEEKS_SHOWN, weeklyCounts, weeklyGoal } from './weeks';

/** What each action's link says; a link that opens the person's worksheet names them. */
const LINK_WORDS: Readonly<Record<ActionKind, (name: string) => string>> = {
  'thank-you': (name) => `Write the thank-you to ${name}`,
  'follow-up': () => 'Open the contact tracker',
  'second-person': () => 'Open the contact tracker',
  'next-contact': () => 'Open the contact tracker',
  'next-step': (name) => `Open your notes from your talk with ${name}`,
  'top-five': (name) => `Draft a message to ${name}`,
};

/** A mark beside each step's state; decoration only, the state is always in words too. */
const STATE_MARKS = { done: '✓', started: '◐', 'not-started': '○', ongoing: '↻' } as const;

/**
 * Step 7 worksheet: the next five actions on top, then progress through the steps, the weekly
 * networking time and goal, contacts by status (each a link to the tracker showing them) and who
 * introduced whom. `dashboardUrl` is its full address.
 */
export default function Dashboard(props: { dashboardUrl: string }) {
  // Everything here is counted and listed from plain data, once per change.
  const doc = useWorkbookData();
  const [today, setToday] = createSignal<Day>('');
  onMount(() => setToday(localDay(new Date())));

  const steps = createMemo(() => stepProgress(doc()));
  const counts = createMemo(() => statusCounts(doc().contacts));
  const actions = createMemo(() => (today() ? nextActions(doc(), today()) : { shown: [], total: 0 }));
  const people = createMemo(() => indexById(doc().contacts));
  // Empty weeks until today's date is known (after mounting), so the table keeps its rows.
  const weeks = createMemo(() =>
    today()
      ? weeklyCounts(doc().contacts, today())
      : Array.from({ length: WEEKS_SHOWN }, () => ({ start: '', messages: 0, talks: 0, thanks: 0 })),
  );
  // Who introduced whom loads only for a student who has recorded an introduction.
  const introductions = onDemand(() => import('./Introductions').then((m) => m.Introductions));

  return (
    <div class="dashboard">
      <WorkbookStatus />

      <h4 id="db-actions-title">Your next five actions</h4>
      <Show
        when={actions().shown.length}
        fallback={
          <p class="empty-hint">
            Nothing is due in the next {NEXT_ACTION_DAYS} days. Choose your top five in step 3, or set next contact
            dates in the <a href="/steps/follow-up/#contact-tracker">contact tracker</a>.
          </p>
        }
      >
        <ol class="db-actions" aria-labelledby="db-actions-title">
          <For each={actions().shown}>
            {(a) => (
              <li class="db-action">
                <p class="db-action-when">
                  <strong class={`due due-${a.due ? dueState(a.due, today()) : 'today'}`}>
                    {a.due ? dueWords(a.due, today()) : 'Now'}
                  </strong>
                  <Show when={a.due}>
                    <span class="db-action-date"> · {formatDay(a.due)}</span>
                  </Show>
                </p>
                <p class="db-action-title">{a.title}</p>
                <p class="db-action-detail">
                  {a.detail} <a href={a.href}>{LINK_WORDS[a.kind](people().get(a.contactId)?.name ?? 'this person')}</a>
                </p>
              </li>
            )}
          </For>
        </ol>
        <Show when={actions().total > actions().shown.length}>
          <p>
            {countOf(actions().total - actions().shown.length, 'more action', 'more actions')} overdue or due in the
            next {NEXT_ACTION_DAYS} days: see the <a href="/steps/follow-up/#contact-tracker">contact tracker</a>.
          </p>
        </Show>
      </Show>

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

      <Routine doc={doc()} today={today()} dashboardUrl={props.dashboardUrl} />

      <h4 id="db-week-title">Your week at a glance</h4>
      <WeekChart
        weeks={weeks()}
        goal={weeklyGoal(doc())}
        people={weeklyGoal(doc()) && today() ? peopleInWeeks(doc().contacts, weeks(), today()) : undefined}
      />

      <h4 id="db-status-title">Your contacts by status</h4>
      {/* The table is drawn even with no one (all zeros) and the line under it keeps its room, so
          the parts below do not move when saved answers load. */}
      <p class="hint db-status-hint">
        {doc().contacts.length
          ? 'Choose a status to see those people in your contact tracker.'
          : 'No one on your list yet. Start with your network map in step 1.'}
      </p>
      <div class="db-table">
        <table class="db-status-table" aria-labelledby="db-status-title">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" class="db-num">
                People
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={CONTACT_STATUSES}>
              {(s) => (
                <tr>
                  <th scope="row">
                    <a href={trackerPath(s)}>
                      {STATUS_LABELS[s]}
                      <span class="sr-only"> (show them in the tracker)</span>
                    </a>
                  </th>
                  <td class="db-num">{counts()[s]}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                <a href={trackerPath(ALL)}>
                  Everyone<span class="sr-only"> (show them in the tracker)</span>
                </a>
              </th>
              <td class="db-num">{doc().contacts.length}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <h4 id="db-tree-title">Who introduced whom</h4>
      <Show
        when={hasIntroductions(doc().contacts)}
        fallback={
          <p class="empty-hint">
            No introductions recorded yet. When someone introduces you to a person, choose "Introduced by" for that
            person in the contact tracker.
          </p>
        }
      >
        <Show
          when={introductions()}
          fallback={<LoadStatus what="list of introductions" failed={introductions.failed()} />}
        >
          {(loaded) => {
            const Introductions = loaded();
            return <Introductions contacts={doc().contacts} />;
          }}
        </Show>
      </Show>
    </div>
  );
}

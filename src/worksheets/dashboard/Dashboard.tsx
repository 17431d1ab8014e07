import { createMemo, For, Show } from 'solid-js';
import { formatDay } from '../../lib/days';
import { indexById } from '../../workbook/lookups';
import { countOf } from '../../workbook/plural';
import type { ActionKind } from '../shared/follow-up/actions';
import { dueState, dueWords } from '../shared/follow-up/due';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { NEXT_ACTION_DAYS, nextActions } from './next-actions';
import { useToday } from './use-today';

/** What each action's link says; a link that opens the person's worksheet names them. */
const LINK_WORDS: Readonly<Record<ActionKind, (name: string) => string>> = {
  'thank-you': (name) => `Write the thank-you to ${name}`,
  'follow-up': () => 'Open the contact tracker',
  'second-person': () => 'Open the contact tracker',
  'next-contact': () => 'Open the contact tracker',
  'next-step': (name) => `Open your notes from your talk with ${name}`,
  'top-five': (name) => `Draft a message to ${name}`,
};

/**
 * Step 7 worksheet, first part: the save status and the next five actions. The dashboard's other
 * sections are islands of their own further down the worksheet, each started when it comes into
 * view (DashboardWorksheet.astro): the progress through the steps (DashboardProgress.tsx), the
 * weekly time and goal (DashboardRoutine.tsx), the week at a glance (DashboardWeek.tsx), and the
 * contacts by status with who introduced whom (DashboardStatus.tsx). They all read the one
 * workbook of the page (useWorkbookData).
 */
export default function Dashboard() {
  const doc = useWorkbookData();
  const today = useToday();
  const actions = createMemo(() => (today() ? nextActions(doc(), today()) : { shown: [], total: 0 }));
  const people = createMemo(() => indexById(doc().contacts));

  return (
    <>
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
    </>
  );
}

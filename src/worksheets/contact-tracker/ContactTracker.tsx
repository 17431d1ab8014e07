import { createEffect, createMemo, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import { type Day, localDay } from '../../lib/days';
import { STATUS_LABELS } from '../../workbook/labels';
import { indexById, sameIds } from '../../workbook/lookups';
import { CONTACT_STATUSES } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { changesOnDemand } from '../shared/changes-on-demand';
import {
  ALL,
  ATTENTION,
  attentionCounts,
  buildRows,
  NO_CIRCLE,
  orderIds,
  SORT_CHOICES,
  type SortKey,
  sameRows,
  statusCounts,
} from '../shared/follow-up/tracker-view';
import { viewFromSearch } from '../shared/follow-up/view-address';
import { KeyedRows } from '../shared/KeyedRows';
import { LoadProblem, onDemand } from '../shared/on-demand';
import { PersonPageLink } from '../shared/PersonPageLink';
import { createPager, moreToShow, PAGE_SIZE } from '../shared/paging';
import { createPrinting } from '../shared/printing';
import { useWorkbookData } from '../shared/use-workbook';
import { ContactCard } from './ContactCard';
import type { TrackerList } from './list-moves';
import { $addedPerson, $trackerPaper } from './tracker-atoms';

/**
 * Step 6 tracker, the list: every contact with status, dates and follow-ups, filters and sorts. The
 * add fields (ContactTrackerAdd.tsx) and the downloads (ContactTrackerExports.tsx) are islands of
 * their own in the same frame; a person added there shows here first, with their editor open.
 */
export default function ContactTracker() {
  // Rows, counts and lookups come from plain data, computed once per change of the people.
  const data = useWorkbookData();
  const [today, setToday] = createSignal<Day>('');
  const [status, setStatus] = createSignal<string>(ALL);
  const [circle, setCircle] = createSignal<string>(ALL);
  const [sort, setSort] = createSignal<SortKey>('next');
  const [order, setOrder] = createSignal<string[]>([]);
  const [editing, setEditing] = createSignal<string>();
  // The cards opened to show everything; the others show one line each.
  const [opened, setOpened] = createSignal<ReadonlySet<string>>(new Set());
  const setOpen = (id: string, open: boolean) => {
    const next = new Set(opened());
    if (open) next.add(id);
    else next.delete(id);
    setOpened(next);
    // An open card shows its details (with its quick buttons, editor and saving): start fetching them.
    if (open) cardOpen();
  };

  // Today's date is read in the browser (never at build time) and again when the tab comes back.
  const refreshToday = () => setToday(localDay(new Date()));
  // On paper the list is drawn by its printed copy (ContactTrackerPaper.tsx, every card open), so
  // while printing this list keeps the page it shows.
  const printing = createPrinting();
  onMount(() => {
    // The status filter and sort chosen last in this address (a reload, a bookmark, a dashboard link).
    const view = viewFromSearch(location.search);
    setStatus(view.status);
    setSort(view.sort);
    refreshToday();
    document.addEventListener('visibilitychange', refreshToday);
    onCleanup(() => document.removeEventListener('visibilitychange', refreshToday));
    // A person added in the add fields (at once, or before this list started).
    onCleanup(
      $addedPerson.subscribe((id) => {
        if (id === undefined) return;
        $addedPerson.set(undefined);
        showAdded(id);
      }),
    );
  });

  const contacts = createMemo(() => data().contacts);
  const circles = createMemo(() => data().circles);
  const circleIds = createMemo(() => new Set(circles().map((c) => c.id)));
  const byId = createMemo(() => indexById(contacts()));
  // An opened card's details (dates, advice, quick buttons), its saving and the person's editor load
  // the first time a card opens (CardOpen.tsx), so the tracker starts without them.
  const cardOpen = onDemand(() => import('./CardOpen').then((m) => m.CardOpen));
  let lastRows: Parameters<typeof buildRows>[3];
  const rows = createMemo(
    () => {
      if (!today()) return [];
      const input = { contacts: contacts(), circleIds: circleIds(), today: today() };
      const built = buildRows(input.contacts, input.circleIds, input.today, lastRows);
      lastRows = { ...input, rows: built };
      return built;
    },
    [],
    { equals: sameRows },
  );
  const filter = () => ({ status: status(), circle: circle() });
  const fresh = createMemo(() => orderIds(rows(), filter(), sort()));
  const counts = createMemo(() => statusCounts(contacts()));
  const urgent = createMemo(() => attentionCounts(rows()));
  const attentionTotal = () => urgent().overdue + urgent().today + urgent().soon;

  // The order is fixed when the student changes the view or adds someone, so a person being
  // edited never jumps away; "Update the order" applies changes made since.
  // (A memo of the count: the people are plain data, a new list at every edit, and only a new
  // person or one removed should re-sort.)
  const peopleCount = createMemo(() => contacts().length);
  createEffect(
    on([status, circle, sort, peopleCount, today], () => {
      setOrder(fresh());
    }),
  );
  const stale = () => !sameIds(order(), fresh());
  // A page of people at a time (everyone when printed); the cards are drawn a few per task, so that
  // 50 saved people never block the page at once.
  const pager = createPager(() => order().length, PAGE_SIZE, { first: 4, step: 6 });
  const limit = pager.limit;
  // What "Show more" adds, and how many people are not shown yet.
  const notShown = () => moreToShow(limit(), order().length);
  const shown = createMemo<readonly string[]>((before) => (printing() ? before : pager.page(order())), []);

  // What the list does after the student changes it (a filter, the sort, "Show more", "Update the
  // order") is fetched when the student first reaches the list or makes a change.
  const moves = changesOnDemand(() => import('./list-moves'));
  const list: TrackerList = { status, sort, order, setOrder, fresh, pager };
  // People changed since the list was sorted (here, or in another part of the page): the note
  // about it needs the moves.
  createEffect(() => {
    if (stale()) moves.prefetch();
  });
  const changeView = (apply: () => void) => moves.use((m) => m.changeView(list, apply));

  // The person just added: first in the list, with every filter cleared, their card and editor open
  // at once (the list's moves only keep the cleared filters in the address).
  const showAdded = (id: string) => {
    setStatus(ALL);
    setCircle(ALL);
    setOrder([id, ...fresh().filter((other) => other !== id)]);
    pager.reset();
    setOpen(id, true);
    setEditing(id);
    moves.use((m) => m.rememberView(list));
  };

  // The summary and the count shown, in words, here and on paper.
  const summary = () =>
    `${countOf(contacts().length, 'person', 'people')} in your tracker. ${
      attentionTotal()
        ? `${urgent().overdue} overdue, ${urgent().today} due today, ${urgent().soon} due in the next 3 days.`
        : 'Nothing is overdue or due in the next 3 days.'
    }`;
  const showing = (count: number) =>
    `Showing ${count} of ${countOf(order().length, 'person', 'people')}${
      status() !== ALL || circle() !== ALL ? ' who match' : ''
    }.`;
  // What the printed copy of the list prints: everyone shown, in this order.
  createEffect(() =>
    $trackerPaper.set(
      contacts().length
        ? { ids: order(), summary: summary(), showing: showing(order().length), today: today() }
        : undefined,
    ),
  );

  return (
    <div class="ct-list-area" onFocusIn={() => moves.prefetch()}>
      <h4 id="ct-list-title">Your contacts</h4>
      <Show
        when={contacts().length}
        fallback={
          <p class="empty-hint">
            No one in your tracker yet. Add people above, or in{' '}
            <a href="/steps/identify-your-networks/#network-map">your network map (step 1)</a>.
          </p>
        }
      >
        <p class="ct-summary">{summary()}</p>
        <fieldset class="ct-controls no-print">
          <legend>Show and sort</legend>
          <div class="field">
            <label for="ct-filter-status">Status</label>
            <select
              id="ct-filter-status"
              onChange={(e) => {
                const chosen = e.currentTarget.value;
                changeView(() => setStatus(chosen));
              }}
            >
              <option value={ALL} selected={status() === ALL}>
                All statuses ({contacts().length})
              </option>
              <option value={ATTENTION} selected={status() === ATTENTION}>
                Overdue or due in the next 3 days ({attentionTotal()})
              </option>
              <For each={CONTACT_STATUSES}>
                {(s) => (
                  <option value={s} selected={status() === s}>
                    {STATUS_LABELS[s]} ({counts()[s]})
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label for="ct-filter-circle">Circle</label>
            <select
              id="ct-filter-circle"
              onChange={(e) => {
                const chosen = e.currentTarget.value;
                changeView(() => setCircle(chosen));
              }}
            >
              <option value={ALL} selected={circle() === ALL}>
                All circles
              </option>
              <For each={data().circles}>
                {(c) => (
                  <option value={c.id} selected={circle() === c.id}>
                    {c.name}
                  </option>
                )}
              </For>
              <option value={NO_CIRCLE} selected={circle() === NO_CIRCLE}>
                Not in a circle
              </option>
            </select>
          </div>
          <div class="field">
            <label for="ct-sort">Sort by</label>
            <select
              id="ct-sort"
              onChange={(e) => {
                const chosen = e.currentTarget.value as SortKey;
                changeView(() => setSort(chosen));
              }}
            >
              <For each={SORT_CHOICES}>
                {(choice) => (
                  <option value={choice.value} selected={sort() === choice.value}>
                    {choice.label}
                  </option>
                )}
              </For>
            </select>
          </div>
        </fieldset>
        <p class="ct-showing">{showing(Math.min(limit(), order().length))}</p>
        <Show when={stale() && moves.now()}>
          {(loaded) => {
            const StaleOrder = loaded().StaleOrder;
            return <StaleOrder list={list} />;
          }}
        </Show>
        <Show when={moves.failed()}>
          <LoadProblem what="list's controls" />
        </Show>
        <Show when={!order().length}>
          <p class="empty-hint">No one matches. Choose "All statuses" and "All circles" to see everyone.</p>
        </Show>
        <ul class="ct-list" aria-labelledby="ct-list-title">
          <KeyedRows ids={shown()} byId={byId()}>
            {(p, _i, id) => (
              <ContactCard
                person={p}
                today={today()}
                open={opened().has(id)}
                link={<PersonPageLink id={id} name={p().name} />}
                onToggle={() => {
                  if (editing() === id) setEditing(undefined);
                  setOpen(id, !opened().has(id));
                }}
              >
                <Show
                  when={cardOpen()}
                  fallback={
                    <Show when={cardOpen.failed()}>
                      <LoadProblem what="details" />
                    </Show>
                  }
                >
                  {(loaded) => {
                    const CardOpen = loaded();
                    return (
                      <CardOpen
                        person={p}
                        workbook={data}
                        today={today()}
                        editing={editing() === id}
                        onEditing={(open) => setEditing(open ? id : undefined)}
                      />
                    );
                  }}
                </Show>
              </ContactCard>
            )}
          </KeyedRows>
        </ul>
        <Show when={order().length > limit()}>
          <button type="button" class="button secondary no-print" onClick={() => moves.use((m) => m.showMore(list))}>
            Show {notShown().more} more ({notShown().hidden} not shown)
          </button>
        </Show>
      </Show>
    </div>
  );
}

import { createEffect, createMemo, createSignal, For, on, onCleanup, onMount, Show } from 'solid-js';
import { type Day, formatDay, localDay } from '../../lib/days';
import { announce } from '../../scripts/announce';
import { STATUS_LABELS } from '../../workbook/labels';
import { indexById } from '../../workbook/lookups';
import { CONTACT_STATUSES, type Contact, MAX_NAME } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { AddButtons } from '../shared/AddButtons';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { dueWords } from '../shared/follow-up/due';
import {
  ALL,
  ATTENTION,
  attentionCounts,
  buildRows,
  NO_CIRCLE,
  orderIds,
  SORT_CHOICES,
  type SortKey,
  sameOrder,
  sameRows,
  statusCounts,
} from '../shared/follow-up/tracker-view';
import { searchWithView, viewFromSearch } from '../shared/follow-up/view-address';
import { KeyedRows } from '../shared/KeyedRows';
import { LoadProblem, onDemand } from '../shared/on-demand';
import { holdWhile } from '../shared/pending-changes';
import { createPrinting } from '../shared/printing';
import { createPager } from '../shared/ShowMore';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { ContactCard } from './ContactCard';
import type * as TrackerChanges from './tracker-changes';

/** How many people the list shows at first, and adds with each "Show more". */
export const PAGE_SIZE = 50;

/** Step 6 worksheet: every contact with status, dates, follow-ups, filters, sorts and exports. */
export default function ContactTracker() {
  // Rows, counts and lookups come from plain data, computed once per change of the people.
  const data = useWorkbookData();
  const now = () => new Date();
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
    // An open card is a step from its editor and its saving: start fetching them.
    if (open) {
      contactEditor();
      fetchChanges();
    }
  };
  const entry = createEntry(() => add());
  const [org, setOrg] = createSignal('');
  const [exportError, setExportError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  // Today's date is read in the browser (never at build time) and again when the tab comes back.
  const refreshToday = () => setToday(localDay(new Date()));
  // On paper every card is open, so a printed tracker holds everyone's dates.
  const printing = createPrinting();
  onMount(() => {
    // The status filter and sort chosen last in this address (a reload, a bookmark, a dashboard link).
    const view = viewFromSearch(location.search);
    setStatus(view.status);
    setSort(view.sort);
    refreshToday();
    document.addEventListener('visibilitychange', refreshToday);
    onCleanup(() => document.removeEventListener('visibilitychange', refreshToday));
  });

  const contacts = createMemo(() => data().contacts);
  const circles = createMemo(() => data().circles);
  const circleIds = createMemo(() => new Set(circles().map((c) => c.id)));
  const circleNames = createMemo(() => new Map(circles().map((c) => [c.id, c.name])));
  const byId = createMemo(() => indexById(contacts()));
  // A person's editor (its dates, the contact fields and their checks) loads the first time a card
  // opens, so the tracker starts without it.
  const contactEditor = onDemand(() => import('./ContactEditor').then((m) => m.ContactEditor));
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
  const stale = () => !sameOrder(order(), fresh());
  // A page of people at a time (everyone when printed); the cards are drawn a few per task, so that
  // 50 saved people never block the page at once.
  const pager = createPager(() => order().length, PAGE_SIZE, { first: 4, step: 6 });
  const limit = pager.limit;
  const shown = () => pager.page(order());
  // The same list (so the editor's "Introduced by" menu is not drawn again) until a name or a person changes.
  const others = createMemo(() => contacts().map((c) => ({ id: c.id, name: c.name })), undefined, {
    equals: (a, b) => a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.name === b[i]?.name),
  });

  // The address keeps the status filter and sort (not the circle: its ids are the student's own).
  const rememberView = () => {
    const search = searchWithView(location.search, { status: status(), sort: sort() });
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  const changeView = (apply: () => void) => {
    apply();
    pager.reset();
    announce(`Showing ${countOf(order().length, 'person', 'people')}.`);
    rememberView();
  };

  // Adding and saving (tracker-changes.ts) load when the add fields are first reached or a card
  // first opens; once loaded, every change is made at once, in the order asked.
  let changes: typeof TrackerChanges | undefined;
  let changesLoading: Promise<typeof TrackerChanges> | undefined;
  const loadChanges = () => {
    changesLoading ??= import('./tracker-changes').then((m) => {
      changes = m;
      return m;
    });
    return changesLoading;
  };
  const fetchChanges = () => {
    loadChanges().catch(() => {
      changesLoading = undefined;
    });
  };
  const withChanges = (act: (m: typeof TrackerChanges) => void, failed: (problem: string) => void) => {
    if (changes) return act(changes);
    // Until the change is made, leaving the page asks first (pending-changes.ts).
    void holdWhile(
      loadChanges().then(act, () => {
        changesLoading = undefined;
        failed(
          'Your change could not be saved: part of the tracker could not be loaded. Check your connection, then try again.',
        );
      }),
    );
  };

  const update = (id: string, patch: Partial<Contact>, then?: () => void) =>
    withChanges((m) => {
      m.saveContact(id, patch, now());
      then?.();
    }, announce);

  const setNext = (person: Contact, date: Day) => {
    update(person.id, { nextContactAt: date }, () =>
      announce(`Next contact with ${person.name}: ${formatDay(date)}, ${dueWords(date, today()).toLowerCase()}.`),
    );
  };

  const add = (allowDuplicate = false) => {
    const name = entry.text();
    const person = { name, org: org().trim() };
    withChanges(
      (m) => showAdded(m.addToTracker(entry, person, now(), allowDuplicate), name),
      (problem) => entry.refuse(problem),
    );
  };

  // The person just added (none after a refusal): first in the list, their card and editor open.
  const showAdded = (id: string | undefined, name: string) => {
    if (id === undefined) return;
    announce(`Added ${name.trim()} to your tracker, at the top of the list. Update their status and dates now.`);
    entry.reset();
    setOrg('');
    // Show the new person first, with every filter cleared, and open their details.
    setStatus(ALL);
    setCircle(ALL);
    rememberView();
    setOrder([id, ...fresh().filter((other) => other !== id)]);
    pager.reset();
    setOpen(id, true);
    setEditing(id);
  };

  const closeEditor = (id: string) => {
    setEditing(undefined);
    queueMicrotask(() => document.getElementById(`ct-${id}-edit`)?.focus());
  };

  const showMore = () => {
    const first = order()[limit()];
    pager.more();
    announce(`Showing ${Math.min(limit(), order().length)} of ${countOf(order().length, 'person', 'people')}.`);
    if (first) queueMicrotask(() => document.querySelector<HTMLElement>(`#ct-${first} .ct-name`)?.focus());
  };

  // The downloads and their file makers (tracker-downloads.ts) load at the first click on one.
  const downloadCsv = async () => {
    setExportError(undefined);
    const { downloadContacts } = await import('./tracker-downloads');
    downloadContacts(data(), now());
    announce(`Downloaded ${countOf(contacts().length, 'contact', 'contacts')} as a spreadsheet file.`);
  };

  const downloadIcs = async () => {
    setExportError(undefined);
    setBusy(true);
    try {
      const { downloadReminders } = await import('./tracker-downloads');
      const result = downloadReminders(data(), today(), now());
      if (!result.ok) {
        setExportError(result.error);
        return;
      }
      announce(`Downloaded ${countOf(result.count, 'reminder', 'reminders')} as a calendar file.`);
    } catch {
      setExportError('The calendar file could not be made. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="contact-tracker">
      <WorkbookStatus />
      <fieldset class="ct-add no-print" onFocusIn={fetchChanges}>
        <legend>Add a person to your tracker</legend>
        <Field
          id="ct-new-name"
          label="Name"
          hint="People from your network map are already here."
          maxLength={MAX_NAME}
          {...entry.field}
        />
        <Field
          id="ct-new-org"
          label="Organization or field"
          optional
          value={org()}
          maxLength={MAX_NAME}
          onValue={setOrg}
        />
        <AddButtons label="Add to tracker" duplicate={entry.duplicate()} onAdd={add} />
      </fieldset>

      <div class="ct-list-area">
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
          <p class="ct-summary">
            {countOf(contacts().length, 'person', 'people')} in your tracker.{' '}
            <Show when={attentionTotal()} fallback="Nothing is overdue or due in the next 3 days.">
              {urgent().overdue} overdue, {urgent().today} due today, {urgent().soon} due in the next 3 days.
            </Show>
          </p>
          <fieldset class="ct-controls no-print">
            <legend>Show and sort</legend>
            <div class="field">
              <label for="ct-filter-status">Status</label>
              <select id="ct-filter-status" onChange={(e) => changeView(() => setStatus(e.currentTarget.value))}>
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
              <select id="ct-filter-circle" onChange={(e) => changeView(() => setCircle(e.currentTarget.value))}>
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
              <select id="ct-sort" onChange={(e) => changeView(() => setSort(e.currentTarget.value as SortKey))}>
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
          <p class="ct-showing">
            Showing {Math.min(limit(), order().length)} of {countOf(order().length, 'person', 'people')}
            <Show when={status() !== ALL || circle() !== ALL}> who match</Show>.
          </p>
          <Show when={stale()}>
            <p class="ct-stale no-print">
              Your changes are saved. The list keeps its order while you work.{' '}
              <button
                type="button"
                class="small-button"
                onClick={() => {
                  setOrder(fresh());
                  announce(`List updated. Showing ${countOf(order().length, 'person', 'people')}.`);
                }}
              >
                Update the order
              </button>
            </p>
          </Show>
          <Show when={!order().length}>
            <p class="empty-hint">No one matches. Choose "All statuses" and "All circles" to see everyone.</p>
          </Show>
          <ul class="ct-list" aria-labelledby="ct-list-title">
            <KeyedRows ids={shown()} byId={byId()}>
              {(p, _i, id) => (
                <ContactCard
                  person={p}
                  circleName={circleNames().get(p().circleId) ?? 'Not in a circle'}
                  today={today()}
                  open={printing() || opened().has(id)}
                  onToggle={() => {
                    if (editing() === id) setEditing(undefined);
                    setOpen(id, !opened().has(id));
                  }}
                  editing={editing() === id}
                  onEdit={() => (editing() === id ? closeEditor(id) : setEditing(id))}
                  onNext={(date) => setNext(p(), date)}
                >
                  <Show when={editing() === id}>
                    <Show
                      when={contactEditor()}
                      fallback={
                        <Show when={contactEditor.failed()}>
                          <LoadProblem what="editor" />
                        </Show>
                      }
                    >
                      {(loaded) => {
                        const ContactEditor = loaded();
                        return (
                          <ContactEditor
                            person={p()}
                            others={() => others().filter((o) => o.id !== id)}
                            today={today()}
                            onChange={(patch) => update(id, patch)}
                            onStatus={(s, patch) => {
                              update(id, patch, () => announce(`${p().name}: ${STATUS_LABELS[s]}.`));
                            }}
                            onDone={() => closeEditor(id)}
                          />
                        );
                      }}
                    </Show>
                  </Show>
                </ContactCard>
              )}
            </KeyedRows>
          </ul>
          <Show when={order().length > limit()}>
            <button type="button" class="button secondary no-print" onClick={showMore}>
              Show {Math.min(PAGE_SIZE, order().length - limit())} more ({order().length - limit()} not shown)
            </button>
          </Show>
        </Show>
      </div>

      <section class="ct-exports no-print" aria-labelledby="ct-exports-title">
        <h4 id="ct-exports-title">Take your tracker with you</h4>
        <p class="hint">
          The calendar file adds a reminder for each follow-up to Google Calendar, Outlook or Apple Calendar. Reminders
          that are overdue go on today. The spreadsheet file opens in Excel, Numbers or Google Sheets.
        </p>
        <div class="button-row">
          <button type="button" class="button secondary" onClick={downloadIcs} disabled={busy()}>
            Download reminders (.ics calendar file)
          </button>
          <button type="button" class="button secondary" onClick={downloadCsv} disabled={!contacts().length}>
            Download contacts (.csv spreadsheet)
          </button>
        </div>
        <Show when={exportError()}>
          <p class="error-message" role="alert">
            {exportError()}
          </p>
        </Show>
      </section>
    </div>
  );
}

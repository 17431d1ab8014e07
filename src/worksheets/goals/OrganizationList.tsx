import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { orgListOf } from '../../workbook/goal-parts';
import { indexById } from '../../workbook/lookups';
import { type Goals, MAX_NAME, type Organization } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { AddButtons } from '../shared/AddButtons';
import { changesOnDemand } from '../shared/changes-on-demand';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { KeyedRows } from '../shared/KeyedRows';
import { LongAnswer } from '../shared/LongAnswer';
import type { Removed } from '../shared/list-undo';
import { LoadProblem } from '../shared/on-demand';
import { createPager, ShowMore } from '../shared/ShowMore';
import { UndoBar } from '../shared/UndoBar';
import { createUndoableRemove } from '../shared/undoable-remove';
import { OrgPrintTable } from './OrgPrintTable';
import { OrgRow } from './OrgRow';
import type * as OrgChanges from './org-changes';
import {
  namesFromNotes,
  ORG_SORTS,
  type OrgSort,
  orgLabel,
  RANK_RULE,
  sameIds,
  sortOrganizations,
} from './organizations';
import './organizations.css';

// The list's changes (org-changes.ts) are fetched once, at the first change; reaching any field of
// the list starts fetching them, so a change rarely waits. One promise, so changes keep their order.
let loading: Promise<typeof OrgChanges> | undefined;
const loadChanges = () =>
  (loading ??= import('./org-changes').catch((problem: unknown) => {
    loading = undefined;
    throw problem;
  }));
const orgChanges = changesOnDemand(loadChanges);
/** Starts fetching the changes (a failure is said at the first change). */
const fetchChanges = () => void loadChanges().catch(() => undefined);

/**
 * Step 3's ranked list of organizations (a LAMP list), with the student's notes on organizations.
 * Rows are keyed by id and read their organization from a map, so a keystroke in one row changes
 * that row only. The order shown changes only when the student asks (a new order, "Sort again"):
 * a row never moves away while it is being edited.
 */
export function OrganizationList(props: { goals: Goals }) {
  const list = createMemo(() => orgListOf(props.goals));
  const byId = createMemo(() => indexById(list()));
  const [sortBy, setSortBy] = createSignal<OrgSort>('rank');
  const sortedIds = createMemo(() => sortOrganizations(list(), sortBy()).map((o) => o.id), [], { equals: sameIds });
  // The order shown: sorted when first shown and when asked; new organizations join at the end.
  const [order, setOrder] = createSignal<string[]>([]);
  const idsAdded = createMemo(() => list().map((o) => o.id), [], { equals: sameIds });
  createEffect(
    on(idsAdded, (ids) => {
      const present = new Set(ids);
      const shown = untrack(order).filter((id) => present.has(id));
      if (shown.length === 0) {
        setOrder(untrack(sortedIds));
        return;
      }
      const known = new Set(shown);
      setOrder([...shown, ...ids.filter((id) => !known.has(id))]);
    }),
  );
  const outOfOrder = createMemo(() => !sameIds(order(), sortedIds()));
  const pager = createPager(() => order().length);
  // An undo follows the remove that fetched the changes.
  const undoable = createUndoableRemove<Removed<Organization>>(
    updateWorkbook,
    (d, removed) => orgChanges.now()?.restoreOrganization(d, removed) ?? d,
  );
  const removed = undoable.removed;
  let rows: HTMLOListElement | undefined;

  const fromNotes = createMemo(() => (list().length ? 0 : namesFromNotes(props.goals.organizations, []).names.length));

  const entry = createEntry(() => add());
  const add = () => {
    const name = entry.text();
    orgChanges.use((m) => {
      let problem: string | undefined;
      updateWorkbook((d) => {
        const r = m.addOrganization(d, name);
        if (!r.ok) problem = r.error;
        return r.ok ? r.doc : d;
      });
      if (problem) {
        entry.refuse(problem);
        return;
      }
      announce(`Added ${name.trim()}. ${countOf(list().length, 'organization', 'organizations')} on your list.`);
      entry.accept();
    });
  };

  const sort = (by: OrgSort) => {
    setSortBy(by);
    setOrder(sortedIds());
    pager.reset();
    announce(`The list is in this order now: ${ORG_SORTS.find((s) => s.value === by)?.label}.`);
  };
  /** "Sort again" goes away once used: the cursor goes to the choice of order, just above. */
  const sortAgain = () => {
    sort(sortBy());
    queueMicrotask(() => document.getElementById('goals-org-sort')?.focus());
  };
  /** Puts the cursor in the name of the first organization shown (after rows were added from the notes). */
  const focusFirstRow = () => queueMicrotask(() => rows?.querySelector<HTMLInputElement>('.org-name input')?.focus());

  const takeNotes = () =>
    orgChanges.use((m) => {
      let added = 0;
      let tooLong = 0;
      updateWorkbook((d) => {
        const r = m.addNotesAsRows(d);
        added = r.added;
        tooLong = r.tooLong;
        return r.doc;
      });
      const long = tooLong
        ? ` ${countOf(tooLong, 'line was', 'lines were')} too long for a name and stay in your notes only.`
        : '';
      announce(
        `Added ${countOf(added, 'organization', 'organizations')} from your notes. Your notes are kept as they are.${long}`,
      );
      focusFirstRow();
    });

  // Where the removed row stood on screen, so that Undo puts it back there (not at the end, where new rows join).
  let shownAt = -1;
  const remove = (id: string) =>
    orgChanges.use((m) => {
      shownAt = order().indexOf(id);
      undoable.remove((d) => m.removeOrganization(d, id));
    });
  const undo = () => {
    const back = undoable.removed()?.item.id;
    if (back && shownAt >= 0 && !order().includes(back))
      setOrder([...order().slice(0, shownAt), back, ...order().slice(shownAt)]);
    const info = undoable.undo();
    if (!info) return;
    announce(`${orgLabel(info.item)} is back on your list.`);
    queueMicrotask(() => document.getElementById(`goals-o-${info.item.id}-name`)?.focus());
  };

  return (
    <section class="org-list" aria-labelledby="goals-orgs" onFocusIn={fetchChanges}>
      <h4 id="goals-orgs">Organizations you might like to work for</h4>
      <p class="hint">
        If your goal is an internship or a job, list places you might like to work. Aim for 40. Tick what you know about
        each one, then rate your interest from 1 (low) to 3 (high).
      </p>
      <Show when={orgChanges.failed()}>
        <LoadProblem what="part that saves your list" />
      </Show>
      <fieldset class="no-print">
        <legend>Add organizations</legend>
        <Field
          id="goals-org-new"
          label="Name of the organization"
          hint="Type a name and press Enter. Then type the next one."
          maxLength={MAX_NAME}
          {...entry.field}
        />
        <AddButtons label="Add organization" secondary duplicate={false} onAdd={() => add()} />
      </fieldset>
      <Show when={fromNotes()}>
        <div class="notice no-print">
          <p>
            Your notes on organizations below have {countOf(fromNotes(), 'line', 'lines')}. You can make each line an
            organization on this list. Your notes stay as they are.
          </p>
          <button type="button" class="button secondary" onClick={takeNotes}>
            Add each line to the list
          </button>
        </div>
      </Show>
      <UndoBar
        message={removed() ? `Removed ${orgLabel(removed()?.item as Organization)}.` : undefined}
        onUndo={undo}
        onDismiss={undoable.dismiss}
      />
      <Show when={order().length}>
        <div class="org-sort no-print">
          <label for="goals-org-sort">Order</label>
          <select
            id="goals-org-sort"
            aria-describedby="goals-org-sort-hint"
            onChange={(e) => sort(e.currentTarget.value as OrgSort)}
          >
            <For each={ORG_SORTS}>
              {(s) => (
                <option value={s.value} selected={sortBy() === s.value}>
                  {s.label}
                </option>
              )}
            </For>
          </select>
          <p class="hint" id="goals-org-sort-hint">
            {RANK_RULE}
          </p>
        </div>
        <p class="totals">{countOf(order().length, 'organization', 'organizations')} on your list.</p>
        <Show when={outOfOrder()}>
          <div class="org-resort no-print">
            <p>Your changes are not in the order yet.</p>
            <button type="button" class="small-button" onClick={sortAgain}>
              Sort again
            </button>
          </div>
        </Show>
        <ol class="org-rows" ref={rows}>
          <KeyedRows ids={pager.page(order())} byId={byId()}>
            {(o, i, id) => (
              <OrgRow
                org={o()}
                number={i() + 1}
                onChange={(patch) => orgChanges.use((m) => updateWorkbook((d) => m.updateOrganization(d, id, patch)))}
                onRemove={() => remove(id)}
              />
            )}
          </KeyedRows>
        </ol>
        <ShowMore pager={pager} list={() => rows} noun={['organization', 'organizations']} />
      </Show>
      <OrgPrintTable list={list()} />
      <LongAnswer
        id="goals-organizations"
        label="Notes on organizations"
        hint="Anything else about organizations: who to ask, what you read, places you are not sure about."
        optional
        value={props.goals.organizations}
        onValue={(text) => orgChanges.use((m) => updateWorkbook((d) => m.setGoalText(d, 'organizations', text)))}
      />
    </section>
  );
}

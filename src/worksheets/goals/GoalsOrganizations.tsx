import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { orgListOf } from '../../workbook/goal-parts';
import { indexById, sameIds } from '../../workbook/lookups';
import type { Organization } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { changesOnDemand } from '../shared/changes-on-demand';
import { KeyedRows } from '../shared/KeyedRows';
import type { Removed } from '../shared/list-undo';
import { LoadProblem } from '../shared/on-demand';
import { createPager, ShowMore } from '../shared/ShowMore';
import { UndoBar } from '../shared/UndoBar';
import type { createUndoableRemove } from '../shared/undoable-remove';
import { useWorkbookData } from '../shared/use-workbook';
import { OrgPrintTable } from './OrgPrintTable';
import { OrgRow } from './OrgRow';
import type * as NameOrder from './org-name-order';
import { inRankOrder, ORG_SORTS, type OrgSort, RANK_RULE } from './org-order';
import { orgLabel } from './org-words';
import './organizations.css';

// The order by name (org-name-order.ts, with the name keys) is fetched when the choice of order is
// first reached: the list first shows in the student's ranking.
let loadingNames: Promise<typeof NameOrder> | undefined;
const loadNameOrder = () =>
  (loadingNames ??= import('./org-name-order').catch((problem: unknown) => {
    loadingNames = undefined;
    throw problem;
  }));

/**
 * Step 3 worksheet, the ranked list of organizations (a LAMP list): an island of its own under the
 * add fields (GoalsOrgAdd.tsx) and above the notes (GoalsOrgNotes.tsx). Rows are keyed by id and
 * read their organization from a map, so a keystroke in one row changes that row only. The order
 * shown changes only when the student asks (a new order, "Sort again"): a row never moves away
 * while it is being edited.
 */
export default function GoalsOrganizations() {
  const data = useWorkbookData();
  const list = createMemo(() => orgListOf(data().goals));
  const byId = createMemo(() => indexById(list()));
  const changes = changesOnDemand(() => import('./org-changes'));
  const [sortBy, setSortBy] = createSignal<OrgSort>('rank');
  const [nameOrder, setNameOrder] = createSignal<typeof NameOrder.inNameOrder>();
  const [nameOrderFailed, setNameOrderFailed] = createSignal(false);
  /** The list in an order; the order by name is there once a student has asked for it. */
  const ordered = (orgs: readonly Organization[], by: OrgSort) =>
    by === 'rank' ? inRankOrder(orgs) : by === 'name' ? (nameOrder()?.(orgs) ?? [...orgs]) : [...orgs];
  const sortedIds = createMemo(() => ordered(list(), sortBy()).map((o) => o.id), [], { equals: sameIds });
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
  // The remove with its undo comes with the changes, at the first remove (the undo bar shows only after one).
  const [undoable, setUndoable] = createSignal<ReturnType<typeof createUndoableRemove<Removed<Organization>>>>();
  const removed = () => undoable()?.removed();
  let rows: HTMLOListElement | undefined;

  const sort = (by: OrgSort) => {
    if (by === 'name' && !nameOrder()) {
      loadNameOrder().then(
        (m) => {
          setNameOrderFailed(false);
          setNameOrder(() => m.inNameOrder);
          sort(by);
        },
        () => setNameOrderFailed(true),
      );
      return;
    }
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

  // Where the removed row stood on screen, so that Undo puts it back there (not at the end, where new rows join).
  let shownAt = -1;
  const remove = (id: string) =>
    changes.use((m) => {
      shownAt = order().indexOf(id);
      const made = undoable() ?? setUndoable(() => m.createUndoableRemove(updateWorkbook, m.restoreOrganization));
      made.remove((d) => m.removeOrganization(d, id));
    });
  const undo = () => {
    const back = removed()?.item.id;
    if (back && shownAt >= 0 && !order().includes(back))
      setOrder([...order().slice(0, shownAt), back, ...order().slice(shownAt)]);
    const info = undoable()?.undo();
    if (!info) return;
    announce(`${orgLabel(info.item)} is back on your list.`);
    queueMicrotask(() => document.getElementById(`goals-o-${info.item.id}-name`)?.focus());
  };

  return (
    <div class="goals-worksheet" onFocusIn={changes.prefetch}>
      <Show when={changes.failed()}>
        <LoadProblem what="part that saves your list" />
      </Show>
      <UndoBar
        message={removed() ? `Removed ${orgLabel(removed()?.item as Organization)}.` : undefined}
        onUndo={undo}
        onDismiss={() => undoable()?.dismiss()}
      />
      <Show when={order().length}>
        <div class="org-sort no-print">
          <label for="goals-org-sort">Order</label>
          <select
            id="goals-org-sort"
            aria-describedby="goals-org-sort-hint"
            onFocus={() => void loadNameOrder().catch(() => undefined)}
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
          <Show when={nameOrderFailed()}>
            <LoadProblem what="order by name" />
          </Show>
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
                onChange={(patch) => changes.use((m) => updateWorkbook((d) => m.updateOrganization(d, id, patch)))}
                onRemove={() => remove(id)}
              />
            )}
          </KeyedRows>
        </ol>
        <ShowMore pager={pager} list={() => rows} noun={['organization', 'organizations']} />
      </Show>
      <OrgPrintTable list={list()} />
    </div>
  );
}

import { createMemo, For, Show } from 'solid-js';
import { indexById, sameIds } from '../../workbook/lookups';
import type { Organization } from '../../workbook/model';
import { KeyedRows } from '../shared/KeyedRows';
import { createPrinting } from '../shared/printing';
import { ratingWord } from '../shared/priorities/rating-words';
import { inRankOrder } from './org-order';
import { ORG_CHECKS, orgLabel } from './org-words';

/** Blank rows printed when the list is empty, to write on. */
const BLANK_ROWS = 10;

/** The organizations in rank order, one table row each, as they print. */
function RankedRows(props: { list: readonly Organization[] }) {
  const byId = createMemo(() => indexById(props.list));
  // Only the order is kept here, so a change to a name redraws that one cell.
  const ranked = createMemo(() => inRankOrder(props.list).map((o) => o.id), [], { equals: sameIds });
  return (
    <KeyedRows ids={ranked()} byId={byId()}>
      {(o, i) => (
        <tr>
          <td>{i() + 1}</td>
          <td>{orgLabel(o())}</td>
          <td>{o().motivation ? `${o().motivation} ${ratingWord(o().motivation)}` : ''}</td>
          <For each={ORG_CHECKS}>{(check) => <td>{o()[check.key] ? 'Yes' : ''}</td>}</For>
        </tr>
      )}
    </KeyedRows>
  );
}

/**
 * The ranked list as it prints (hidden on screen, where the rows can be edited): one line per
 * organization in rank order, or blank rows to fill in by hand. The organizations' rows are drawn
 * only while the page prints: 40 rows no one sees on screen would slow the worksheet's start.
 */
export function OrgPrintTable(props: { list: readonly Organization[] }) {
  const printing = createPrinting();
  return (
    <table class="org-print">
      <caption>Your organizations, ranked</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Organization</th>
          <th scope="col">Interest</th>
          <For each={ORG_CHECKS}>{(check) => <th scope="col">{check.label}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <Show
          when={printing() && props.list.length}
          fallback={
            <For each={Array.from({ length: BLANK_ROWS })}>
              {(_, i) => (
                <tr>
                  <td>{i() + 1}</td>
                  <td />
                  <td />
                  <For each={ORG_CHECKS}>{() => <td />}</For>
                </tr>
              )}
            </For>
          }
        >
          <RankedRows list={props.list} />
        </Show>
      </tbody>
    </table>
  );
}

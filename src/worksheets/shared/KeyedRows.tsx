import { type Accessor, createMemo, For, type JSX, Show } from 'solid-js';

/** Props of KeyedRows: the ids in the order shown, the records by id, and how to draw one row. */
export interface KeyedRowsProps<T> {
  ids: readonly string[];
  byId: ReadonlyMap<string, T>;
  children: (item: Accessor<T>, index: Accessor<number>, id: string) => JSX.Element;
}

/**
 * Rows drawn once per id, each following its record as the workbook replaces it with a new copy on
 * every change: an edited row keeps its fields and focus, and a removed id's row goes away.
 */
export function KeyedRows<T>(props: KeyedRowsProps<T>): JSX.Element {
  return (
    <For each={props.ids}>
      {(id, index) => {
        const item = createMemo(() => props.byId.get(id));
        return <Show when={item()}>{(found) => props.children(found, index, id)}</Show>;
      }}
    </For>
  );
}

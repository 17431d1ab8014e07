import { For, Show } from 'solid-js';
import type { ReferralNode } from './referrals';

/** "Who introduced whom" as nested lists: each person, then the people they introduced. */
export function ReferralList(props: { nodes: readonly ReferralNode[] }) {
  return (
    <ul class="db-tree">
      <For each={props.nodes}>
        {(node) => (
          <li>
            <span class="db-person">{node.name}</span>
            <Show when={node.introducedBy}>
              <span class="db-note">, introduced by {node.introducedBy}</span>
            </Show>
            <Show when={node.note}>
              <span class="db-note"> ({node.note})</span>
            </Show>
            <Show when={node.children.length || node.continued.length}>
              <span class="db-introduced"> introduced you to:</span>
            </Show>
            <Show when={node.children.length}>
              <ReferralList nodes={node.children} />
            </Show>
            <Show when={node.continued.length}>
              <ul class="db-tree db-tree-flat">
                <For each={node.continued}>
                  {(item) => (
                    <li>
                      <span class="db-person">{item.name}</span>
                      <span class="db-note">, introduced by {item.introducedBy}</span>
                      <Show when={item.note}>
                        <span class="db-note"> ({item.note})</span>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

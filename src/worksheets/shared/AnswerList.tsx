import { For, Show } from 'solid-js';

/** Labelled answers that have text, as a description list (nothing when none has text). */
export function AnswerList(props: { rows: ReadonlyArray<readonly [string, string]>; class: string }) {
  const rows = () => props.rows.filter(([, text]) => text.trim());
  return (
    <Show when={rows().length}>
      <dl class={props.class}>
        <For each={rows()}>
          {([label, text]) => (
            <>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </>
          )}
        </For>
      </dl>
    </Show>
  );
}

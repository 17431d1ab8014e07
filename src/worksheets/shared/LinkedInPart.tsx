import { type Component, createSignal, type JSX, Show } from 'solid-js';
import { onDemand } from './on-demand';

/**
 * A closed "For LinkedIn" part beside the email: its code is fetched the first time the student
 * opens it (most students send email), then `children` draws it with the loaded component.
 */
export function LinkedInPart<P extends Record<string, unknown>>(props: {
  id: string;
  load: () => Promise<Component<P>>;
  children: (Loaded: Component<P>) => JSX.Element;
}) {
  const [open, setOpen] = createSignal(false);
  const loaded = onDemand(() => props.load());
  return (
    <details class="li-versions no-print" id={props.id} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>For LinkedIn: a connection note and a message</summary>
      <Show when={open() && loaded()} keyed fallback={<LoadProblem failed={loaded.failed()} />}>
        {(Loaded) => props.children(Loaded)}
      </Show>
    </details>
  );
}

/** Says so in words when the LinkedIn part could not be fetched (offline before it was stored). */
function LoadProblem(props: { failed: boolean }) {
  return (
    <Show when={props.failed}>
      <p class="s5-note">The LinkedIn versions could not load. Check your connection, then reload the page.</p>
    </Show>
  );
}

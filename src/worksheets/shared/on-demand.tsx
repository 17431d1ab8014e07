import { type Accessor, createSignal } from 'solid-js';

/** A value fetched the first time it is read, then kept; `failed` turns true if fetching failed. */
export type OnDemand<T> = Accessor<T | undefined> & { failed: Accessor<boolean> };

/**
 * A component (or any code) fetched with a plain import() only when it is first needed, such as
 * a rare notice or a view opened by a button. Not Solid's lazy(), which would add Suspense to the
 * Solid code that every page shares. Reading it before the fetch is done gives undefined.
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  const [loaded, setLoaded] = createSignal<T>();
  const [failed, setFailed] = createSignal(false);
  let started = false;
  const read = () => {
    if (!started) {
      started = true;
      load().then(
        (value) => setLoaded(() => value),
        () => setFailed(true),
      );
    }
    return loaded();
  };
  return Object.assign(read, { failed });
}

/** What to say when a part that loads on demand (an editor, a form) could not be fetched. */
const problemText = (what: string) => `The ${what} could not be loaded. Check your connection, then reload the page.`;

/** Said, as an alert, when a part that loads on demand could not be fetched. */
export function LoadProblem(props: { what: string }) {
  return (
    <p class="error-message" role="alert">
      {problemText(props.what)}
    </p>
  );
}

/** The status line where a part loads on demand: empty while it loads, the problem in words if it failed. */
export function LoadStatus(props: { what: string; failed: boolean }) {
  return <p role="status">{props.failed ? problemText(props.what) : ''}</p>;
}

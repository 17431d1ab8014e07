import { type Accessor, createSignal } from 'solid-js';
import { holdWhile } from './pending-changes';

/** A worksheet's changes to the workbook that follow a click or Enter, fetched at the first one. */
export interface ChangesOnDemand<T> {
  /** Runs `act` with the changes: at once when they are here, else once they have been fetched. */
  use(act: (changes: T) => void): void;
  /** The changes once fetched, as a signal (an undo bar reads what the fetched changes removed). */
  now: Accessor<T | undefined>;
  /** Starts fetching them a step before they are needed (a failure is said at the first change). */
  prefetch(): void;
  /** True once fetching them failed (offline before the page's files were stored). */
  failed: Accessor<boolean>;
}

/**
 * Code that only runs when the student changes something (add, tick, move, save), fetched with a
 * plain import() when the student first reaches the worksheet's fields (`prefetch`) or at their
 * first change, so it is not part of what a worksheet loads to appear. It is fetched once, and again
 * after a failure.
 */
export function changesOnDemand<T>(load: () => Promise<T>): ChangesOnDemand<T> {
  const [now, setNow] = createSignal<T>();
  const [failed, setFailed] = createSignal(false);
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const fetched = () =>
    (loading ??= load().then(
      (changes) => {
        setNow(() => (loaded = changes));
        setFailed(false);
        return changes;
      },
      (problem: unknown) => {
        loading = undefined;
        throw problem;
      },
    ));
  return {
    use(act) {
      if (loaded) return act(loaded);
      // Until the change is made, leaving the page asks first (pending-changes.ts).
      void holdWhile(fetched().then(act, () => setFailed(true)));
    },
    now,
    prefetch: () => void fetched().catch(() => undefined),
    failed,
  };
}

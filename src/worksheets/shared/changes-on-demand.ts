import { type Accessor, createSignal } from 'solid-js';
import { holdWhile } from './pending-changes';

/** A worksheet's changes to the workbook that follow a click or Enter, fetched at the first one. */
export interface ChangesOnDemand<T> {
  /** Runs `act` with the changes: at once when they are here, else once they have been fetched. */
  use(act: (changes: T) => void): void;
  /** The changes if they were fetched already (an undo follows the remove that fetched them). */
  now(): T | undefined;
  /** True once fetching them failed (offline before the page's files were stored). */
  failed: Accessor<boolean>;
}

/**
 * Code that only runs when the student changes something (add, tick, move, save), fetched with a
 * plain import() at their first change, so it is not part of what a worksheet loads to appear.
 */
export function changesOnDemand<T>(load: () => Promise<T>): ChangesOnDemand<T> {
  const [failed, setFailed] = createSignal(false);
  let loaded: T | undefined;
  return {
    use(act) {
      if (loaded) {
        act(loaded);
        return;
      }
      // Until the change is made, leaving the page asks first (pending-changes.ts).
      void holdWhile(
        load().then(
          (changes) => {
            loaded = changes;
            setFailed(false);
            act(changes);
          },
          () => setFailed(true),
        ),
      );
    },
    now: () => loaded,
    failed,
  };
}

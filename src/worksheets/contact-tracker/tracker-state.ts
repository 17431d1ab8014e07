// The tracker's changes (adding and saving), fetched once for its islands: the add fields and the
// list's opened cards (the atoms its islands share are in tracker-atoms.ts).
import { holdWhile } from '../shared/pending-changes';
import type * as TrackerChanges from './tracker-changes';

let changes: typeof TrackerChanges | undefined;
let changesLoading: Promise<typeof TrackerChanges> | undefined;

const loadChanges = () => {
  changesLoading ??= import('./tracker-changes').then((m) => {
    changes = m;
    return m;
  });
  return changesLoading;
};

/** Starts fetching the tracker's changes (adding and saving), a step before the student needs them. */
export function fetchChanges(): void {
  loadChanges().catch(() => {
    changesLoading = undefined;
  });
}

/**
 * Runs a change with the tracker's changes: at once once they are here, else when they arrive, in
 * the order asked (leaving the page asks first until then); `failed` says why when they cannot be fetched.
 */
export function withChanges(act: (m: typeof TrackerChanges) => void, failed: (problem: string) => void): void {
  if (changes) {
    act(changes);
    return;
  }
  void holdWhile(
    loadChanges().then(act, () => {
      changesLoading = undefined;
      failed(
        'Your change could not be saved: part of the tracker could not be loaded. Check your connection, then try again.',
      );
    }),
  );
}

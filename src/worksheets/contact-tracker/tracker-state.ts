// What the tracker's islands share in this visit beyond the workbook: the person just added (the
// add fields are one island, the list another) and the tracker's changes, fetched once for both.
import { atom } from 'nanostores';
import { holdWhile } from '../shared/pending-changes';
import type * as TrackerChanges from './tracker-changes';

/** The id of the person just added, until the list has shown them first with their editor open. */
export const $addedPerson = atom<string | undefined>(undefined);

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

import { createSignal } from 'solid-js';

/** The notes' changes once fetched (saving, next steps, people suggested). */
export type Changes = typeof import('./changes');

const [failed, setFailed] = createSignal(false);
let loaded: Changes | undefined;

/** True once the notes' changes could not be fetched (offline before the page's files were stored). */
export const changesFailed = failed;

/** The notes' changes if they were fetched already (an undo follows a remove, which fetched them). */
export const changesNow = (): Changes | undefined => loaded;

/** Runs `act` with the notes' changes, fetched with a plain import() the first time the student makes one. */
export function withChanges(act: (changes: Changes) => void): void {
  if (loaded) {
    act(loaded);
    return;
  }
  import('./changes').then(
    (m) => {
      loaded = m;
      setFailed(false);
      act(m);
    },
    () => setFailed(true),
  );
}

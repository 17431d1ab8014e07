import { atom } from 'nanostores';
import { COPY_KINDS, recoveryPrefix } from '../workbook/recovery-kinds';

/** Bumped whenever the recovery copies may have changed (restore, undo, delete, clear, another tab). */
export const $copiesChanged = atom(0);

/** Tells the page that the recovery copies may have changed, so it reads them again. */
export function copiesChanged(): void {
  $copiesChanged.set($copiesChanged.get() + 1);
}

/** How many recovery copies this browser holds (0 when storage cannot be read); the list itself loads only when there is one. */
export function countCopies(): number {
  const prefixes = COPY_KINDS.map((kind) => recoveryPrefix(kind));
  try {
    const storage = window.localStorage;
    let count = 0;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      if (prefixes.some((prefix) => key.startsWith(prefix))) count++;
    }
    return count;
  } catch {
    return 0;
  }
}

import { WORKBOOK_KEY } from './engine';

/** Why a copy was kept: unreadable saved data, the workbook before a restore, or before undoing one. */
export type CopyKind = 'unreadable' | 'before-restore' | 'before-undo';

/** Every kind of recovery copy. */
export const COPY_KINDS: readonly CopyKind[] = ['unreadable', 'before-restore', 'before-undo'];

/** The key prefix of the copies of one kind. */
export function recoveryPrefix(kind: CopyKind, key = WORKBOOK_KEY): string {
  return `${key}:${kind}:`;
}

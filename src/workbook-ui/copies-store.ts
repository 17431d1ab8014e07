import { atom } from 'nanostores';
import { listRecoveryCopies, type RecoveryCopy } from '../workbook/recovery-copies';
import { createStorageAdapter, type StorageAdapter } from '../workbook/storage-adapter';

/** The browser's localStorage, wrapped so that nothing throws. */
export const pageStorage = (): StorageAdapter => createStorageAdapter(() => window.localStorage);

/** The recovery copies in this browser, newest first; re-read after every change and on other tabs' changes. */
export const $copies = atom<RecoveryCopy[]>([]);

/** Reads the recovery copies again (after a restore, an undo, a delete or a clear). */
export function refreshCopies(): void {
  $copies.set(listRecoveryCopies(pageStorage()));
}

// When the student last downloaded a backup and last said "Not now" to the backup reminder: one
// localStorage key each beside the workbook ("networking-guide:backup:lastBackupAt"), holding the
// plain ISO time. Reads and writes go through the storage adapter, so blocked or full storage never
// throws (the values then live in memory for the page), and loading never writes over what is stored.
import { type MapStore, map, onMount } from 'nanostores';
import { STORAGE_PREFIX } from './model';
import { createStorageAdapter, type StorageAdapter } from './storage-adapter';

/** ISO times of the last downloaded backup and the last "Not now", or '' for never. */
export interface BackupMeta {
  lastBackupAt: string;
  dismissedAt: string;
}

/** What each stored key starts with; the field name follows. */
export const BACKUP_META_PREFIX = `${STORAGE_PREFIX}:backup:`;
const FIELDS = ['lastBackupAt', 'dismissedAt'] as const;

/** Where changes made in other tabs are heard (the window in a browser). */
type Events = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** The stored value of each field that could be read ('' when it is not stored); fields that could not be read are left out. */
function readStored(storage: StorageAdapter): Partial<BackupMeta> {
  const found: Partial<BackupMeta> = {};
  for (const field of FIELDS) {
    const result = storage.read(BACKUP_META_PREFIX + field);
    if (result.ok) found[field] = result.value ?? '';
  }
  return found;
}

/**
 * A map store of the backup times kept in `storage`: it starts with the stored values, writes each
 * change under its own key, keeps a change in memory when it cannot be stored, and follows changes
 * made in other tabs (and on return to a page kept in the back/forward cache) while it is watched.
 */
export function createBackupMeta(storage: StorageAdapter, events?: Events): MapStore<BackupMeta> {
  const store = map<BackupMeta>({ lastBackupAt: '', dismissedAt: '', ...readStored(storage) });
  const setInMemory = store.setKey;
  /** Fields whose last change could not be stored: what is stored is older, so it must not replace them. */
  const unsaved = new Set<string>();
  store.setKey = (field, value) => {
    setInMemory(field, value);
    if (storage.write(BACKUP_META_PREFIX + field, value).ok) unsaved.delete(field);
    else unsaved.add(field);
  };
  const refresh = () => {
    for (const [field, value] of Object.entries(readStored(storage)) as Array<[keyof BackupMeta, string]>)
      if (!unsaved.has(field)) setInMemory(field, value);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(BACKUP_META_PREFIX)) refresh();
  };
  onMount(store, () => {
    refresh();
    events?.addEventListener('storage', onStorage);
    events?.addEventListener('pageshow', refresh);
    return () => {
      events?.removeEventListener('storage', onStorage);
      events?.removeEventListener('pageshow', refresh);
    };
  });
  return store;
}

/** The backup times of this browser's workbook. */
export const $backupMeta = createBackupMeta(
  createStorageAdapter(() => window.localStorage),
  typeof window === 'undefined' ? undefined : window,
);

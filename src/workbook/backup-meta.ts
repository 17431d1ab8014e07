import { persistentMap } from '@nanostores/persistent';
import { STORAGE_PREFIX } from './model';
import { useSafePersistentEngine } from './safe-persistent';

useSafePersistentEngine();

/** When the student last downloaded a backup and last said "Not now" to the reminder (ISO times or ''). */
export const $backupMeta = persistentMap<{ lastBackupAt: string; dismissedAt: string }>(`${STORAGE_PREFIX}:backup:`, {
  lastBackupAt: '',
  dismissedAt: '',
});

import { createBackup } from '../../workbook/backup-file';
import { $backupMeta } from '../../workbook/backup-meta';
import { loadedWorkbook } from '../../workbook/client';
import { datedFilename, downloadFile } from './download';

/** Downloads the whole saved workbook as a JSON backup file (once it is loaded) and remembers when. */
export async function downloadBackup(): Promise<void> {
  const doc = await loadedWorkbook();
  const now = new Date();
  downloadFile(datedFilename('networking-workbook', 'json', now), createBackup(doc, now), 'application/json');
  $backupMeta.setKey('lastBackupAt', now.toISOString());
}

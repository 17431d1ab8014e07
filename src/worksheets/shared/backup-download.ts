import { createBackup } from '../../workbook/backup';
import { $backupMeta } from '../../workbook/backup-meta';
import { startWorkbook } from '../../workbook/client';
import { datedFilename, downloadFile } from './download';

/** Downloads the whole workbook as a JSON backup file and remembers when. */
export function downloadBackup(): void {
  const now = new Date();
  downloadFile(
    datedFilename('networking-workbook', 'json', now),
    createBackup(startWorkbook().getDoc(), now),
    'application/json',
  );
  $backupMeta.setKey('lastBackupAt', now.toISOString());
}

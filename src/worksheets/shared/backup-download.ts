import { createBackup } from '../../workbook/backup-file';
import { $backupMeta } from '../../workbook/backup-meta';
import { currentWorkbook } from '../../workbook/client';
import { datedFilename, downloadFile } from './download';

/** Downloads the whole workbook as a JSON backup file and remembers when. */
export function downloadBackup(): void {
  const now = new Date();
  downloadFile(
    datedFilename('networking-workbook', 'json', now),
    createBackup(currentWorkbook(), now),
    'application/json',
  );
  $backupMeta.setKey('lastBackupAt', now.toISOString());
}

/** What the save status says to the student, in plain words. */
export const ENGINE_MESSAGES = {
  idle: 'Your answers are saved on this device as you type.',
  saving: 'Saving…',
  saved: 'Saved on this device.',
  memory:
    'Your browser is blocking storage, so your answers are kept only while this page is open. Download a backup to keep them.',
  full: "Saving failed: this browser's storage is full. Your text is still here. Download a backup, then free some space.",
  error:
    "Saving failed because of a problem with this browser's storage. Your text is still here. Download a backup to keep it.",
  copyFailed:
    'Some saved answers could not be read, and this browser could not keep a copy of them. To protect them, changes here are not saved. Download a backup to keep your work.',
  readFailed:
    'Your saved answers could not be read just now. To protect them, changes here are not saved. Reload the page to try again.',
  notLoaded:
    'Your saved answers have not loaded yet: part of this page did not arrive. Trying again… If this stays, check your connection and reload the page. Nothing saved is lost.',
  newer:
    'This workbook was saved by a newer version of the site. Reload the page to get the newest version. Until then, changes here are not saved.',
  clearedElsewhere: 'Your workbook was cleared in another tab.',
  cleared: 'Your workbook was cleared on this device.',
} as const;

import { createSignal, Show } from 'solid-js';
import { localDay } from '../../lib/local-day';
import { announce } from '../../scripts/announce';
import { countOf } from '../../workbook/plural';
import { useWorkbookData } from '../shared/use-workbook';

/**
 * Step 6 tracker, last island: the two downloads (calendar reminders and the spreadsheet), whose
 * file makers (tracker-downloads.ts) load at the first click on one.
 */
export default function ContactTrackerExports() {
  const data = useWorkbookData();
  const [exportError, setExportError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const downloadCsv = async () => {
    setExportError(undefined);
    const { downloadContacts } = await import('./tracker-downloads');
    downloadContacts(data(), new Date());
    announce(`Downloaded ${countOf(data().contacts.length, 'contact', 'contacts')} as a spreadsheet file.`);
  };

  const downloadIcs = async () => {
    setExportError(undefined);
    setBusy(true);
    try {
      const { downloadReminders } = await import('./tracker-downloads');
      // Today's date as the click reads it (reminders that are overdue go on today).
      const now = new Date();
      const result = downloadReminders(data(), localDay(now), now);
      if (!result.ok) {
        setExportError(result.error);
        return;
      }
      announce(`Downloaded ${countOf(result.count, 'reminder', 'reminders')} as a calendar file.`);
    } catch {
      setExportError('The calendar file could not be made. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="ct-exports no-print" aria-labelledby="ct-exports-title">
      <h4 id="ct-exports-title">Take your tracker with you</h4>
      <p class="hint">
        The calendar file adds a reminder for each follow-up to Google Calendar, Outlook or Apple Calendar. Reminders
        that are overdue go on today. The spreadsheet file opens in Excel, Numbers or Google Sheets.
      </p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={downloadIcs} disabled={busy()}>
          Download reminders (.ics calendar file)
        </button>
        <button type="button" class="button secondary" onClick={downloadCsv} disabled={!data().contacts.length}>
          Download contacts (.csv spreadsheet)
        </button>
      </div>
      <Show when={exportError()}>
        <p class="error-message" role="alert">
          {exportError()}
        </p>
      </Show>
    </section>
  );
}

import { Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { STATUS_LABELS } from '../../workbook/labels';
import { ContactSelect, NoContacts, useChosenContact } from '../shared/ContactSelect';
import { outreachStatusText } from '../shared/status-words';
import { UndoBar } from '../shared/UndoBar';
import { useAtom } from '../shared/use-atom';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { draftFor } from './drafts';
import { $sentChange, sending } from './sending';

/**
 * Step 5 worksheet, first of its islands (OutreachWorksheet.astro): who the message is for,
 * with the save status, the person's status and the Undo of "Mark as sent".
 */
export default function Outreach() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  const name = () => contact()?.name ?? '';
  const sentAt = () => {
    const c = contact();
    return c ? (draftFor(doc(), c.id)?.sentAt ?? '') : '';
  };
  const statusLine = () => {
    const c = contact();
    return c ? outreachStatusText(c, sentAt()) : '';
  };
  const sent = useAtom($sentChange);

  const undo = () => {
    const change = sent();
    if (!change) return;
    sending.use(({ undoSent }) => {
      updateWorkbook((d) => undoSent(d, change));
      $sentChange.set(undefined);
      announce(`${change.contact.name} is back to “${STATUS_LABELS[change.contact.status]}”.`);
    });
  };

  return (
    <div class="or-person">
      <WorkbookStatus />
      <ContactSelect
        id="or-contact"
        label="Who are you writing to?"
        contact={contact()}
        empty={<NoContacts what="write to them" />}
      />
      <UndoBar
        message={
          sent()
            ? `Marked as sent to ${sent()?.contact.name} today. Their status is now “${STATUS_LABELS[contact()?.status ?? 'reached-out']}”.`
            : undefined
        }
        onUndo={undo}
        onDismiss={() => $sentChange.set(undefined)}
      />
      <Show when={contact()}>
        <p class="s5-status">
          <span class="s5-print-only">To: {name()}. </span>
          {statusLine()}
        </p>
      </Show>
    </div>
  );
}

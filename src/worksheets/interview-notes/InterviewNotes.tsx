import { Show } from 'solid-js';
import type { Contact } from '../../workbook/model';
import { ContactSelect, NoContacts, useChosenContact } from '../shared/ContactSelect';
import { Lines } from '../shared/Lines';
import { statusText } from '../shared/status-words';

/**
 * Step 5 worksheet, notes after the conversation, first island: the person the notes are about and
 * where they stand. The date with the written answers (InterviewNotesAnswers.tsx), the people
 * suggested (InterviewNotesPeople.tsx) and the next steps with saving the notes
 * (InterviewNotesSteps.tsx) are islands of their own below it, each started when it comes into
 * view; all four follow the person chosen here.
 */
export default function InterviewNotes() {
  const contact = useChosenContact();
  const name = () => contact()?.name ?? '';
  return (
    <div class="interview-notes">
      <ContactSelect
        id="in-contact"
        label="Notes on your talk with"
        contact={contact()}
        empty={<NoContacts what="write notes on your talks" />}
      />
      <Show
        when={contact()}
        fallback={
          <div class="s5-print-blank">
            <p class="s5-print-label">Who you talked to, and when:</p>
            <Lines count={1} />
          </div>
        }
      >
        <p class="s5-status">
          <span class="s5-print-only">Talk with {name()}. </span>
          {contact() ? statusText(contact() as Contact) : ''}
        </p>
      </Show>
    </div>
  );
}

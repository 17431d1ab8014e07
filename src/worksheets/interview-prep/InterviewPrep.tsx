import { Show } from 'solid-js';
import { ContactSelect, NoContacts, useChosenContact } from '../shared/ContactSelect';
import { Lines } from '../shared/Lines';

/**
 * Step 5 worksheet, preparing for the meeting, first island: the person to prepare for. The checklist
 * (InterviewPrepChecklist.tsx), the questions in order (InterviewPrepQuestions.tsx) and the question
 * bank (InterviewPrepBank.tsx) are islands of their own below it, each started when it comes into
 * view; all four follow the person chosen here.
 */
export default function InterviewPrep() {
  const contact = useChosenContact();
  return (
    <div class="interview-prep">
      <ContactSelect
        id="ip-contact"
        label="Who are you meeting?"
        contact={contact()}
        empty={<NoContacts what="prepare to meet them" />}
      />
      <Show when={!contact()}>
        <div class="s5-print-blank">
          <p class="s5-print-label">Who you are meeting, and when:</p>
          <Lines count={1} />
        </div>
      </Show>
    </div>
  );
}

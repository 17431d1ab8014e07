import { Show } from 'solid-js';
import { useChosenContact } from '../shared/chosen-contact';
import { Lines } from '../shared/Lines';
import { SuggestedPeople } from './SuggestedPeople';

/**
 * Step 5 interview notes, second island: the people the chosen person suggested (see
 * InterviewNotes.tsx). Before anyone is chosen it holds only its part of the paper form.
 */
export default function InterviewNotesPeople() {
  const contact = useChosenContact();
  return (
    <div class="interview-notes">
      <Show
        when={contact()}
        fallback={
          <div class="s5-print-blank">
            <p class="s5-print-label">People they suggested you talk to</p>
            <Lines count={2} />
          </div>
        }
      >
        {(c) => <SuggestedPeople contact={c()} />}
      </Show>
    </div>
  );
}

import { createMemo, Show } from 'solid-js';
import { useChosenContact } from '../shared/chosen-contact';
import { Lines } from '../shared/Lines';
import { useWorkbookData } from '../shared/use-workbook';
import { NextSteps } from './NextSteps';

/**
 * Step 5 interview notes, fourth island: the next steps after the talk with the person chosen in
 * the first island (InterviewNotes.tsx). Before anyone is chosen it holds only its part of the paper form.
 */
export default function InterviewNotesSteps() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  // The notes' own lookup (recordFor, with notes.ts) is a chunk of its own: one find is lighter.
  const steps = createMemo(() => {
    const c = contact();
    return (c && doc().interviews.find((note) => note.contactId === c.id)?.nextSteps) || [];
  });
  return (
    <div class="interview-notes">
      <Show
        when={contact()}
        fallback={
          <div class="s5-print-blank">
            <p class="s5-print-label">Next steps, with due dates</p>
            <Lines count={3} />
          </div>
        }
      >
        {(c) => <NextSteps contactId={c().id} steps={steps()} />}
      </Show>
    </div>
  );
}

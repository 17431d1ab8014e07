import { createEffect, createMemo, For, on, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { useChosenContact } from '../shared/chosen-contact';
import { DateField } from '../shared/DateField';
import { Lines } from '../shared/Lines';
import { LongAnswer } from '../shared/LongAnswer';
import { useAtom } from '../shared/use-atom';
import { useWorkbookData } from '../shared/use-workbook';
import { blankNote, NOTE_FIELDS, type NoteText, noteFor, setNoteField, TALK_DATE } from './notes';
import { $talkDateError } from './talk-date-error';

/** While the notes are written the date may still be empty; saving them needs it (TALK_DATE). */
const DRAFT_DATE = { ...TALK_DATE, required: false };

/**
 * Step 5 interview notes, second island: the date of the talk and the written answers about the
 * person chosen in the first island (InterviewNotes.tsx), kept as they are typed.
 */
export default function InterviewNotesAnswers() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  // The person's id as a memo: the person is plain data, a new object at each change of them.
  const contactId = createMemo(() => contact()?.id);
  const note = createMemo(() => {
    const c = contact();
    return c ? (noteFor(doc(), c.id) ?? blankNote(c.id)) : undefined;
  });
  // Each answer as a memo: the notes are plain data, a new object at each change, and a field is
  // written again only when its own answer changes (never while the student types in another one).
  const answer = (key: 'date' | NoteText) => createMemo(() => note()?.[key] ?? '');
  const date = answer('date');
  // Saving the notes (InterviewNotesSteps.tsx) says what is wrong with the date here too.
  const dateError = useAtom($talkDateError);
  const setDateError = (problem: string | undefined) => $talkDateError.set(problem);

  createEffect(on(contactId, () => setDateError(undefined), { defer: true }));

  const set = (key: 'date' | NoteText, text: string) => {
    const c = contact();
    if (c) updateWorkbook((d) => setNoteField(d, c.id, key, text));
  };

  return (
    <div class="interview-notes">
      <Show
        when={contact() && note()}
        fallback={
          <div class="s5-print-blank">
            <For each={NOTE_FIELDS}>
              {(f) => (
                <>
                  <p class="s5-print-label">{f.label}</p>
                  <Lines count={3} />
                </>
              )}
            </For>
          </div>
        }
      >
        <DateField
          id="in-date"
          class="s5-date"
          label="Date of the conversation"
          hint="The day you talked. It cannot be in the future."
          value={date()}
          error={dateError()}
          onError={setDateError}
          rule={DRAFT_DATE}
          onValue={(date) => set('date', date)}
        />
        <For each={NOTE_FIELDS}>
          {(f) => {
            const value = answer(f.key);
            return (
              <LongAnswer
                id={`in-${f.key}`}
                label={f.label}
                hint={f.hint}
                optional
                rows={4}
                value={value()}
                onValue={(text) => set(f.key, text)}
                printLines={3}
              />
            );
          }}
        </For>
      </Show>
    </div>
  );
}

import { createEffect, createMemo, createSignal, on, Show } from 'solid-js';
import { formatDay } from '../../lib/format-day';
import { localDay } from '../../lib/local-day';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact } from '../../workbook/model';
import { useChosenContact } from '../shared/chosen-contact';
import { LoadProblem } from '../shared/on-demand';
import { noteChanges } from './load-changes';
import { $talkDateError } from './talk-date-error';

/**
 * Step 5 interview notes, last island: saving the notes, which checks the date of the talk (a field
 * of InterviewNotesAnswers.tsx, another island) and marks the person as met.
 */
export default function InterviewNotesSave() {
  const contact = useChosenContact();
  const now = () => new Date();
  const name = () => contact()?.name ?? '';
  const [saved, setSaved] = createSignal(false);

  createEffect(
    on(
      createMemo(() => contact()?.id),
      () => setSaved(false),
      { defer: true },
    ),
  );

  /** The date field of the first island, as it is on screen. */
  const dateInput = () => document.getElementById('in-date') as HTMLInputElement | null;

  const save = () => {
    const c = contact();
    if (!c) return;
    // The date on screen, which is not saved while it does not fit, is the one to check.
    const input = dateInput();
    const typed = input?.value ?? '';
    const unreadable = !!input?.validity.badInput;
    noteChanges.use(({ saveNotes, talkDateProblem }) => {
      const today = localDay(now());
      let problem = talkDateProblem(typed, unreadable, today);
      if (!problem)
        updateWorkbook((d) => {
          const r = saveNotes(d, c.id, now(), today);
          if (!r.ok) problem = r.error;
          return r.ok ? r.doc : d;
        });
      afterSave(c, problem);
    });
  };

  /** After saving: the problem, announced with focus on the date, or the person now met. */
  const afterSave = (c: Contact, problem: string | undefined) => {
    $talkDateError.set(problem);
    setSaved(!problem);
    if (problem) {
      announce(problem);
      dateInput()?.focus();
      return;
    }
    announce(`Notes saved. ${c.name} is now “${STATUS_LABELS[contact()?.status ?? 'met']}”.`);
  };

  return (
    <div class="interview-notes">
      <Show when={contact()}>
        <div class="in-save no-print">
          <p class="hint" id="in-save-hint">
            Your notes are kept as you type. Saving them checks the date and marks {name()} as met.
          </p>
          <button
            type="button"
            class="button"
            aria-describedby="in-save-hint"
            onClick={save}
            aria-label={`Save notes and mark as met: ${name()}`}
          >
            Save notes and mark as met
          </button>
          <Show when={noteChanges.failed()}>
            <LoadProblem what="part that saves the notes, next steps and people suggested" />
          </Show>
          <Show when={saved()}>
            <p class="in-saved">
              Saved. {name()} is marked as met on {formatDay(contact()?.metAt ?? '')}. Next, send a thank-you in{' '}
              <a href="/steps/follow-up/">step 6</a>.
            </p>
          </Show>
        </div>
      </Show>
    </div>
  );
}

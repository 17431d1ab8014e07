import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { formatDay } from '../../lib/format-day';
import { localDay } from '../../lib/local-day';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact } from '../../workbook/model';
import { ContactSelect, NoContacts, useChosenContact } from '../shared/ContactSelect';
import { DateField } from '../shared/DateField';
import { dateProblem, notADate } from '../shared/date-rule';
import { Lines } from '../shared/Lines';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem } from '../shared/on-demand';
import { statusText } from '../shared/status-words';
import { useWorkbookData } from '../shared/use-workbook';
import { noteChanges } from './load-changes';
import { NextSteps } from './NextSteps';
import { blankNote, NOTE_FIELDS, type NoteText, noteFor, setNoteField, TALK_DATE } from './notes';
import { SuggestedPeople } from './SuggestedPeople';

/** While the notes are written the date may still be empty; saving them needs it (TALK_DATE). */
const DRAFT_DATE = { ...TALK_DATE, required: false };

/** Step 5 worksheet: notes after the conversation, people suggested, next steps, and marking the contact as met. */
export default function InterviewNotes() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  // The person's id as a memo: the person is plain data, a new object at each change of them.
  const contactId = createMemo(() => contact()?.id);
  const now = () => new Date();
  const note = createMemo(() => {
    const c = contact();
    return c ? (noteFor(doc(), c.id) ?? blankNote(c.id)) : undefined;
  });
  const name = () => contact()?.name ?? '';
  // Each answer as a memo: the notes are plain data, a new object at each change, and a field is
  // written again only when its own answer changes (never while the student types in another one).
  const answer = (key: 'date' | NoteText) => createMemo(() => note()?.[key] ?? '');
  const date = answer('date');
  const [dateError, setDateError] = createSignal<string>();
  const [saved, setSaved] = createSignal(false);
  let dateInput: HTMLInputElement | undefined;

  createEffect(
    on(
      contactId,
      () => {
        setDateError(undefined);
        setSaved(false);
      },
      { defer: true },
    ),
  );

  const set = (key: 'date' | 'learned' | 'fit' | 'explore', text: string) => {
    const c = contact();
    if (c) updateWorkbook((d) => setNoteField(d, c.id, key, text));
  };

  const save = () => {
    const c = contact();
    if (!c) return;
    // The date on screen, which is not saved while it does not fit, is the one to check.
    let problem: string | undefined = dateInput?.validity.badInput
      ? notADate(TALK_DATE)
      : dateProblem(dateInput?.value ?? '', TALK_DATE, localDay(now()));
    if (problem) {
      afterSave(c, problem);
      return;
    }
    noteChanges.use(({ saveNotes }) => {
      updateWorkbook((d) => {
        const r = saveNotes(d, c.id, now(), localDay(now()));
        if (!r.ok) problem = r.error;
        return r.ok ? r.doc : d;
      });
      afterSave(c, problem);
    });
  };

  /** After saving: the problem, announced with focus on the date, or the person now met. */
  const afterSave = (c: Contact, problem: string | undefined) => {
    setDateError(problem);
    setSaved(!problem);
    if (problem) {
      announce(problem);
      dateInput?.focus();
      return;
    }
    announce(`Notes saved. ${c.name} is now “${STATUS_LABELS[contact()?.status ?? 'met']}”.`);
  };

  return (
    <div class="interview-notes">
      <ContactSelect
        id="in-contact"
        label="Notes on your talk with"
        contact={contact()}
        empty={<NoContacts what="write notes on your talks" />}
      />
      <Show
        when={contact() && note()}
        fallback={
          <div class="s5-print-blank">
            <p class="s5-print-label">Who you talked to, and when:</p>
            <Lines count={1} />
            <For each={NOTE_FIELDS}>
              {(f) => (
                <>
                  <p class="s5-print-label">{f.label}</p>
                  <Lines count={3} />
                </>
              )}
            </For>
            <p class="s5-print-label">People they suggested you talk to</p>
            <Lines count={2} />
            <p class="s5-print-label">Next steps, with due dates</p>
            <Lines count={3} />
          </div>
        }
      >
        <p class="s5-status">
          <span class="s5-print-only">Talk with {name()}. </span>
          {contact() ? statusText(contact() as Contact) : ''}
        </p>
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
          ref={(el) => {
            dateInput = el as HTMLInputElement;
          }}
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
        <Show when={contact()}>{(c) => <SuggestedPeople contact={c()} />}</Show>
        <NextSteps contactId={contact()?.id ?? ''} steps={note()?.nextSteps ?? []} />
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

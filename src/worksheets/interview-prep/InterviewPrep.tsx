import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { localDay } from '../../lib/local-day';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { AUDIENCE_LABELS, CHECKLIST_LABELS } from '../../workbook/labels';
import { type Checklist, MAX_TEXT, type Workbook } from '../../workbook/model';
import { BANK_THEMES, bankQuestion, questionsOfTheme, SAMPLE_SET } from '../question-bank';
import { AddButtons } from '../shared/AddButtons';
import { ContactSelect, NoContacts, useChosenContact } from '../shared/ContactSelect';
import { changesOnDemand } from '../shared/changes-on-demand';
import { DateField } from '../shared/DateField';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { Lines } from '../shared/Lines';
import { LoadProblem } from '../shared/on-demand';
import { bankQuestionId, blankPrep, CHECKLIST_KEYS, meetingDateNote, prepFor } from '../shared/prep';
import type { RemovedQuestion } from '../shared/prep-changes';
import { shortText } from '../shared/short-text';
import { UndoBar } from '../shared/UndoBar';
import { createUndoableRemove } from '../shared/undoable-remove';
import { useWorkbookData } from '../shared/use-workbook';
import { QuestionList } from './QuestionList';

const MEETING_DATE = { what: 'the date of the meeting' };

/** The preparation's changes (ticks, the pitch, the date, adding, moving and removing questions). */
type PrepChanges = typeof import('../shared/prep-changes');
/** Fetched at the student's first change, then run at once. */
const prepChanges = changesOnDemand<PrepChanges>(() => import('../shared/prep-changes'));

/** Step 5 worksheet: a checklist before the meeting, and the questions to ask, in order. */
export default function InterviewPrep() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  // The person's id as a memo: the person is plain data, a new object at each change of them.
  const contactId = createMemo(() => contact()?.id);
  const now = () => new Date();
  const prep = createMemo(() => {
    const c = contact();
    return c ? (prepFor(doc(), c.id) ?? blankPrep(c.id)) : undefined;
  });
  const questions = () => prep()?.questions ?? [];
  const name = () => contact()?.name ?? '';
  // Memos: the preparation is plain data, a new object at each change, and the date field and each
  // tick are written again only when their own value changes.
  const meetingAt = createMemo(() => prep()?.meetingAt ?? '');
  const ticked = (key: keyof Checklist) => createMemo(() => prep()?.checklist[key] ?? false);
  const own = createEntry(() => addOwn());
  const [dateError, setDateError] = createSignal<string>();
  // An undo follows the remove that fetched the changes: they are there to put the question back.
  const undoable = createUndoableRemove<RemovedQuestion>(
    updateWorkbook,
    (d, removed) => prepChanges.now()?.restoreQuestion(d, removed) ?? d,
  );
  const removed = undoable.removed;

  createEffect(
    on(
      contactId,
      () => {
        own.clearError();
        setDateError(undefined);
        undoable.dismiss();
      },
      { defer: true },
    ),
  );

  /** Applies a change to the chosen person's preparation once the changes are here, then runs `after`. */
  const change = (recipe: (changes: PrepChanges, d: Workbook, id: string) => Workbook, after?: () => void) => {
    const c = contact();
    if (!c) return;
    prepChanges.use((changes) => {
      updateWorkbook((d) => recipe(changes, d, c.id));
      after?.();
    });
  };

  const move = (id: string, by: -1 | 1) =>
    change(
      ({ moveQuestion }, d, cid) => moveQuestion(d, cid, id, by),
      () => {
        const list = questions();
        const index = list.findIndex((q) => q.id === id);
        const q = list[index];
        if (q) announce(`Moved to position ${index + 1} of ${list.length}: ${shortText(q.text)}`);
        // Keep focus on the moved question: the same button, or the other one at the top or bottom.
        const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
        queueMicrotask(() =>
          (document.getElementById(`ip-${same}-${id}`) ?? document.getElementById(`ip-${other}-${id}`))?.focus(),
        );
      },
    );

  const remove = (id: string) => {
    const c = contact();
    if (c) prepChanges.use(({ removeQuestion }) => undoable.remove((d) => removeQuestion(d, c.id, id)));
  };

  const undo = () => {
    const info = undoable.undo();
    if (!info) return;
    announce(`The question is back in position ${info.index + 1}.`);
  };

  const addOwn = (allowDuplicate = false) => {
    let problem: { error: string; duplicate?: boolean } | undefined;
    change(
      ({ addOwnQuestion }, d, cid) => {
        const r = addOwnQuestion(d, cid, own.text(), allowDuplicate);
        if (!r.ok) problem = r;
        return r.ok ? r.doc : d;
      },
      () => {
        if (problem) {
          own.refuse(problem.error, !!problem.duplicate);
          announce(problem.error);
          return;
        }
        announce(`Added your question. ${questions().length} questions in your list.`);
        own.accept();
      },
    );
  };

  const useSample = () =>
    change(
      ({ addBankQuestions }, d, cid) =>
        addBankQuestions(
          d,
          cid,
          SAMPLE_SET.flatMap((id) => bankQuestion(id) ?? []),
        ),
      () => announce(`Added the sample set: ${questions().length} questions.`),
    );

  return (
    <div class="interview-prep">
      <ContactSelect
        id="ip-contact"
        label="Who are you meeting?"
        contact={contact()}
        empty={<NoContacts what="prepare to meet them" />}
      />
      <Show
        when={contact() && prep()}
        fallback={
          <div class="s5-print-blank">
            <p class="s5-print-label">Who you are meeting, and when:</p>
            <Lines count={1} />
            <ul class="ip-print-checklist">
              <For each={CHECKLIST_KEYS}>{(key) => <li>{CHECKLIST_LABELS[key]}</li>}</For>
            </ul>
            <p class="s5-print-label">Your questions, most important first:</p>
            <ol class="ip-print-lines">
              <For each={Array.from({ length: 6 })}>{() => <li class="print-line" />}</For>
            </ol>
          </div>
        }
      >
        <Show when={prepChanges.failed()}>
          <LoadProblem what="part that saves your preparation" />
        </Show>
        <fieldset class="ip-checklist">
          <legend>Before you meet {name()}</legend>
          <For each={CHECKLIST_KEYS}>
            {(key) => {
              const done = ticked(key);
              return (
                <>
                  <div class="choice">
                    <input
                      type="checkbox"
                      id={`ip-check-${key}`}
                      checked={done()}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        change(({ setChecklist }, d, cid) => setChecklist(d, cid, key, on));
                      }}
                    />
                    <label for={`ip-check-${key}`}>{CHECKLIST_LABELS[key]}</label>
                  </div>
                  <Show when={key === 'pitch'}>
                    <div class="field ip-indent">
                      <Show
                        when={doc().pitches.length}
                        fallback={
                          <p class="hint">
                            You have no pitch yet. Write one in{' '}
                            <a href="/steps/elevator-pitch/#pitch-builder">your pitch builder (step 4)</a>.
                          </p>
                        }
                      >
                        <label for="ip-pitch">Pitch version to use</label>
                        <select
                          id="ip-pitch"
                          onChange={(e) => {
                            const id = e.currentTarget.value;
                            change(({ setPitch }, d, cid) => setPitch(d, cid, id));
                          }}
                        >
                          <option value="" selected={!prep()?.pitchId}>
                            Choose a version
                          </option>
                          <For each={doc().pitches}>
                            {(p) => (
                              <option value={p.id} selected={p.id === prep()?.pitchId}>
                                {p.name || 'Untitled pitch'} ({AUDIENCE_LABELS[p.audience]})
                              </option>
                            )}
                          </For>
                        </select>
                      </Show>
                    </div>
                  </Show>
                </>
              );
            }}
          </For>
          <DateField
            id="ip-meeting"
            class="s5-date ip-indent"
            label="Date of the meeting"
            optional
            hint="Once you agree on a day. It marks the person as “Meeting set”."
            value={meetingAt()}
            error={dateError()}
            onError={setDateError}
            rule={MEETING_DATE}
            onValue={(date) => change(({ setMeetingDate }, d, cid) => setMeetingDate(d, cid, date, now()))}
          />
          <Show when={meetingDateNote(prep()?.meetingAt ?? '', localDay(now()))}>
            {(note) => <p class="s5-note ip-indent">{note()}</p>}
          </Show>
        </fieldset>

        <section class="ip-chosen" aria-labelledby="ip-chosen-title">
          <h4 id="ip-chosen-title">Your questions for {name()}, in order</h4>
          <p class="hint no-print">Put the most important first, in case time runs short.</p>
          <UndoBar
            message={removed() ? `Removed “${shortText(removed()?.question.text ?? '')}”.` : undefined}
            onUndo={undo}
            onDismiss={undoable.dismiss}
          />
          <QuestionList questions={questions()} onMove={move} onRemove={remove} />
          <Show when={!questions().length}>
            <button type="button" class="small-button no-print" onClick={useSample}>
              Add the sample set of six questions
            </button>
          </Show>
          <div class="ip-own no-print">
            <Field
              id="ip-own"
              label="Your own question"
              hint="Press Enter to add it to the end of your list."
              maxLength={MAX_TEXT}
              {...own.field}
            />
            <AddButtons label="Add your question" secondary duplicate={own.duplicate()} onAdd={addOwn} />
          </div>
        </section>

        <section class="ip-bank no-print" aria-labelledby="ip-bank-title">
          <h4 id="ip-bank-title">Choose from the question bank</h4>
          <p class="hint">
            Ticked questions go to the end of your list. See <a href="/question-bank/">the question bank</a> for when
            each one works best.
          </p>
          <For each={BANK_THEMES}>
            {(group) => (
              <fieldset class="ip-theme">
                <legend>{group.title}</legend>
                <For each={questionsOfTheme(group.theme)}>
                  {(q) => (
                    <div class="choice">
                      <input
                        type="checkbox"
                        id={`ip-bank-${q.id}`}
                        checked={questions().some((c) => c.id === bankQuestionId(q))}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          change(
                            ({ toggleBankQuestion }, d, cid) => toggleBankQuestion(d, cid, q, on),
                            () => announce(on ? `Added as question ${questions().length}.` : 'Taken out of your list.'),
                          );
                        }}
                      />
                      <label for={`ip-bank-${q.id}`}>{q.text}</label>
                    </div>
                  )}
                </For>
              </fieldset>
            )}
          </For>
        </section>
      </Show>
    </div>
  );
}

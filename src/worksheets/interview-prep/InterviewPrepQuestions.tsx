import { createEffect, createMemo, For, on, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { MAX_TEXT, type Workbook } from '../../workbook/model';
import { AddButtons } from '../shared/AddButtons';
import { useChosenContact } from '../shared/chosen-contact';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import type { RemovedQuestion } from '../shared/prep-changes';
import { shortText } from '../shared/short-text';
import { UndoBar } from '../shared/UndoBar';
import { createUndoableRemove } from '../shared/undoable-remove';
import { useWorkbookData } from '../shared/use-workbook';
import { changePrepOf, type PrepChanges, prepChanges } from './load-changes';
import { QuestionList } from './QuestionList';

/**
 * Step 5 interview preparation, second island: the questions for the person chosen in the first
 * island (InterviewPrep.tsx), in the order they will be asked, with the student's own questions.
 * The question bank below it (InterviewPrepBank.tsx) adds to the same list.
 */
export default function InterviewPrepQuestions() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  // The person's id as a memo: the person is plain data, a new object at each change of them.
  const contactId = createMemo(() => contact()?.id);
  const questions = createMemo(() => {
    const c = contact();
    // The preparation's own lookup (prepFor, with prep.ts) is a chunk of its own: one find is lighter.
    return (c && doc().preps.find((prep) => prep.contactId === c.id)?.questions) || [];
  });
  const name = () => contact()?.name ?? '';
  const own = createEntry(() => addOwn());
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
        undoable.dismiss();
      },
      { defer: true },
    ),
  );

  /** Applies a change to the chosen person's preparation once the changes are here, then runs `after`. */
  const change = (recipe: (changes: PrepChanges, d: Workbook, id: string) => Workbook, after?: () => void) =>
    changePrepOf(contactId(), recipe, after);

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
    const cid = contactId();
    if (cid) prepChanges.use(({ removeQuestion }) => undoable.remove((d) => removeQuestion(d, cid, id)));
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
      ({ addSampleSet }, d, cid) => addSampleSet(d, cid),
      () => announce(`Added the sample set: ${questions().length} questions.`),
    );

  return (
    <div class="interview-prep">
      <Show
        when={contact()}
        fallback={
          <div class="s5-print-blank">
            <p class="s5-print-label">Your questions, most important first:</p>
            <ol class="ip-print-lines">
              <For each={Array.from({ length: 6 })}>{() => <li class="print-line" />}</For>
            </ol>
          </div>
        }
      >
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
      </Show>
    </div>
  );
}

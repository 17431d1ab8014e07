import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { formatDay } from '../../lib/format-day';
import { localDay } from '../../lib/local-day';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { MAX_TEXT, type NextStep } from '../../workbook/model';
import { AddButtons } from '../shared/AddButtons';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { Lines } from '../shared/Lines';
import { shortText } from '../shared/short-text';
import { UndoBar } from '../shared/UndoBar';
import { createUndoableRemove } from '../shared/undoable-remove';
import { type Changes, noteChanges } from './load-changes';
import type { RemovedStep } from './note-changes';
import { stepState } from './step-state';

/** The words beside a next step: done, overdue or when it is due. */
function stateText(step: NextStep, today: string): string {
  switch (stepState(step, today)) {
    case 'done':
      return `Done (was due ${formatDay(step.due)})`;
    case 'overdue':
      return `Overdue: was due ${formatDay(step.due)}`;
    case 'due':
      return `Due ${formatDay(step.due)}`;
    default:
      return 'No due date';
  }
}

/** Next steps after the talk, each with a due date: add, mark done, remove (with undo). */
export function NextSteps(props: { contactId: string; steps: NextStep[] }) {
  const today = () => localDay(new Date());
  const entry = createEntry(() => add());
  const [due, setDue] = createSignal('');
  const [dueError, setDueError] = createSignal<string>();
  // An undo follows a remove, which fetched the changes: they are there to put the step back.
  const undoable = createUndoableRemove<RemovedStep>(
    updateWorkbook,
    (d, removed) => noteChanges.now()?.restoreNextStep(d, removed) ?? d,
  );
  const removed = undoable.removed;
  let dueInput: HTMLInputElement | undefined;
  // Rows keyed by id: the workbook is plain data, a new copy of a step at each change of it, and a
  // row drawn once per id keeps its checkbox (and focus) when the step is marked as done.
  const ids = createMemo(() => props.steps.map((step) => step.id));

  createEffect(
    on(
      createMemo(() => props.contactId),
      () => {
        entry.clearError();
        setDueError(undefined);
        undoable.dismiss();
      },
      { defer: true },
    ),
  );

  const add = (allowDuplicate = false) => {
    const typedDue = dueInput?.validity.badInput ? 'incomplete' : due();
    noteChanges.use((changes) => added(changes, typedDue, allowDuplicate));
  };

  /** Adds the step typed, with its due date, or says what is missing. */
  const added = (changes: Changes, typedDue: string, allowDuplicate: boolean) => {
    let errors: { text?: string; due?: string; duplicate?: boolean } | undefined;
    updateWorkbook((d) => {
      const r = changes.addNextStep(d, props.contactId, { text: entry.text(), due: typedDue }, today(), allowDuplicate);
      if (!r.ok) errors = r.errors;
      return r.ok ? r.doc : d;
    });
    if (errors) {
      setDueError(errors.due);
      announce([errors.text, errors.due].filter(Boolean).join(' '));
      if (errors.text) entry.refuse(errors.text, !!errors.duplicate);
      else {
        entry.clearError();
        dueInput?.focus();
      }
      return;
    }
    announce(`Added the next step, due ${formatDay(due())}.`);
    setDue('');
    if (dueInput) dueInput.value = '';
    setDueError(undefined);
    entry.accept();
  };

  const remove = (step: NextStep) =>
    noteChanges.use(({ removeNextStep }) => undoable.remove((d) => removeNextStep(d, props.contactId, step.id)));

  const undo = () => {
    if (!undoable.undo()) return;
    announce('The next step is back.');
  };

  return (
    <fieldset class="in-steps">
      <legend>Next steps</legend>
      <UndoBar
        message={removed() ? `Removed the next step “${shortText(removed()?.step.text ?? '')}”.` : undefined}
        onUndo={undo}
        onDismiss={undoable.dismiss}
      />
      <Show
        when={props.steps.length}
        fallback={
          <>
            <p class="s5-muted">No next steps yet.</p>
            <Lines count={3} />
          </>
        }
      >
        <ul class="in-step-list">
          <For each={ids()}>
            {(id) => {
              const found = createMemo(() => props.steps.find((step) => step.id === id));
              return (
                <Show when={found()}>
                  {(step) => (
                    <li class={`in-step in-${stepState(step(), today())}`}>
                      <div class="choice">
                        <input
                          type="checkbox"
                          id={`in-step-${id}`}
                          checked={step().done}
                          aria-describedby={`in-step-${id}-due`}
                          onChange={(e) => {
                            const done = e.currentTarget.checked;
                            noteChanges.use(({ setStepDone }) => {
                              updateWorkbook((d) => setStepDone(d, props.contactId, id, done));
                              announce(done ? 'Marked as done.' : 'Marked as not done.');
                            });
                          }}
                        />
                        <label for={`in-step-${id}`} class="in-step-text">
                          {step().text}
                        </label>
                      </div>
                      <p class="in-step-due" id={`in-step-${id}-due`}>
                        {stateText(step(), today())}
                      </p>
                      <button
                        type="button"
                        class="small-button danger no-print"
                        aria-label={`Remove: ${shortText(step().text)}`}
                        onClick={() => remove(step())}
                      >
                        Remove
                      </button>
                    </li>
                  )}
                </Show>
              );
            }}
          </For>
        </ul>
      </Show>
      <div class="in-add-step no-print">
        <Field
          id="in-step-text"
          label="Next step"
          hint="One thing to do, for example “Make three mock book covers”."
          maxLength={MAX_TEXT}
          {...entry.field}
        />
        <Field
          id="in-step-due"
          type="date"
          class="s5-date"
          label="Due date"
          hint="Today or later."
          value={due()}
          onValue={(v) => {
            setDue(v);
            if (dueError()) setDueError(undefined);
          }}
          error={dueError()}
          ref={(el) => {
            dueInput = el as HTMLInputElement;
          }}
          onKeyDown={entry.field.onKeyDown}
        />
        <AddButtons label="Add next step" secondary duplicate={entry.duplicate()} onAdd={add} />
      </div>
    </fieldset>
  );
}

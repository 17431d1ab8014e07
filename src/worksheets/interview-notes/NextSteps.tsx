import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { MAX_TEXT, type NextStep } from '../../workbook/model';
import { shortText } from '../interview-prep/short-text';
import { dateText, localDate } from '../outreach/dates';
import { Lines } from '../outreach/Lines';
import { Field } from '../shared/Field';
import { UndoBar } from '../shared/UndoBar';
import { addNextStep, type RemovedStep, removeNextStep, restoreNextStep, setStepDone, stepState } from './notes';

/** The words beside a next step: done, overdue or when it is due. */
function stateText(step: NextStep, today: string): string {
  switch (stepState(step, today)) {
    case 'done':
      return `Done (was due ${dateText(step.due)})`;
    case 'overdue':
      return `Overdue: was due ${dateText(step.due)}`;
    case 'due':
      return `Due ${dateText(step.due)}`;
    default:
      return 'No due date';
  }
}

/** Next steps after the talk, each with a due date: add, mark done, remove (with undo). */
export function NextSteps(props: { contactId: string; steps: NextStep[] }) {
  const today = () => localDate(new Date());
  const [text, setText] = createSignal('');
  const [due, setDue] = createSignal('');
  const [textError, setTextError] = createSignal<string>();
  const [dueError, setDueError] = createSignal<string>();
  const [duplicate, setDuplicate] = createSignal(false);
  const [removed, setRemoved] = createSignal<RemovedStep>();
  let textInput: HTMLInputElement | HTMLTextAreaElement | undefined;
  let dueInput: HTMLInputElement | undefined;

  createEffect(
    on(
      () => props.contactId,
      () => {
        setTextError(undefined);
        setDueError(undefined);
        setDuplicate(false);
        setRemoved(undefined);
      },
      { defer: true },
    ),
  );

  const add = (allowDuplicate = false) => {
    const typedDue = dueInput?.validity.badInput ? 'incomplete' : due();
    let errors: { text?: string; due?: string; duplicate?: boolean } | undefined;
    updateWorkbook((d) => {
      const r = addNextStep(d, props.contactId, { text: text(), due: typedDue }, today(), allowDuplicate);
      if (!r.ok) {
        errors = r.errors;
        return d;
      }
      return r.doc;
    });
    if (errors) {
      setTextError(errors.text);
      setDueError(errors.due);
      setDuplicate(!!errors.duplicate);
      announce([errors.text, errors.due].filter(Boolean).join(' '));
      (errors.text ? textInput : dueInput)?.focus();
      return;
    }
    announce(`Added the next step, due ${dateText(due())}.`);
    setText('');
    setDue('');
    if (textInput) textInput.value = '';
    if (dueInput) dueInput.value = '';
    setTextError(undefined);
    setDueError(undefined);
    setDuplicate(false);
    textInput?.focus();
  };

  const remove = (step: NextStep) => {
    let info: RemovedStep | undefined;
    updateWorkbook((d) => {
      const r = removeNextStep(d, props.contactId, step.id);
      info = r.removed;
      return r.doc;
    });
    setRemoved(info);
  };

  const undo = () => {
    const info = removed();
    if (!info) return;
    updateWorkbook((d) => restoreNextStep(d, info));
    setRemoved(undefined);
    announce('The next step is back.');
  };

  return (
    <fieldset class="in-steps">
      <legend>Next steps</legend>
      <UndoBar
        message={removed() ? `Removed the next step “${shortText(removed()?.step.text ?? '')}”.` : undefined}
        onUndo={undo}
        onDismiss={() => setRemoved(undefined)}
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
          <For each={props.steps}>
            {(step) => (
              <li class={`in-step in-${stepState(step, today())}`}>
                <div class="choice">
                  <input
                    type="checkbox"
                    id={`in-step-${step.id}`}
                    checked={step.done}
                    aria-describedby={`in-step-${step.id}-due`}
                    onChange={(e) => {
                      const done = e.currentTarget.checked;
                      updateWorkbook((d) => setStepDone(d, props.contactId, step.id, done));
                      announce(done ? 'Marked as done.' : 'Marked as not done.');
                    }}
                  />
                  <label for={`in-step-${step.id}`} class="in-step-text">
                    {step.text}
                  </label>
                </div>
                <p class="in-step-due" id={`in-step-${step.id}-due`}>
                  {stateText(step, today())}
                </p>
                <button
                  type="button"
                  class="small-button danger no-print"
                  aria-label={`Remove: ${shortText(step.text)}`}
                  onClick={() => remove(step)}
                >
                  Remove
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="in-add-step no-print">
        <Field
          id="in-step-text"
          label="Next step"
          hint="One thing to do, for example “Make three mock book covers”."
          value={text()}
          onValue={(v) => {
            setText(v);
            if (textError()) {
              setTextError(undefined);
              setDuplicate(false);
            }
          }}
          error={textError()}
          maxLength={MAX_TEXT}
          ref={(el) => {
            textInput = el;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
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
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <div class="button-row">
          <button type="button" class="button secondary" onClick={() => add()}>
            Add next step
          </button>
          <Show when={duplicate()}>
            <button type="button" class="button secondary" onClick={() => add(true)}>
              Add anyway
            </button>
          </Show>
        </div>
      </div>
    </fieldset>
  );
}

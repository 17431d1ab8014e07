import { createMemo, createSignal, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { targetsOf } from '../../workbook/goal-parts';
import { indexById } from '../../workbook/lookups';
import type { Target } from '../../workbook/model';
import { changesOnDemand } from '../shared/changes-on-demand';
import { KeyedRows } from '../shared/KeyedRows';
import type { Removed } from '../shared/list-undo';
import { LoadProblem } from '../shared/on-demand';
import { UndoBar } from '../shared/UndoBar';
import type { createUndoableRemove } from '../shared/undoable-remove';
import { useWorkbookData } from '../shared/use-workbook';
import { TargetRow } from './TargetRow';
import './goal-plan.css';
import { targetSentence } from './target-words';

/** The example under the targets, written by the same words as the student's own. */
const EXAMPLE = targetSentence({ id: 'example', count: 3, who: 'marketing', by: '' });

/** What the undo bar says after a target was removed (nothing when none was). */
function removedWords(removed: Removed<Target> | undefined): string | undefined {
  if (!removed) return undefined;
  const words = targetSentence(removed.item);
  return words ? `Removed the target: ${words}` : 'Removed an empty target.';
}

/**
 * Step 3 worksheet, the goal's targets with dates: an island of its own under the goal sentence
 * (see Goals.tsx).
 */
export default function GoalsTargets() {
  const data = useWorkbookData();
  const changes = changesOnDemand(() => import('./goal-changes'));
  const targets = createMemo(() => targetsOf(data().goals));
  const byId = createMemo(() => indexById(targets()));
  // The rows are keyed by id, so typing in one target leaves the others as they are.
  const ids = createMemo(() => targets().map((t) => t.id));
  // The remove with its undo comes with the changes, at the first remove (the undo bar shows only after one).
  const [undoable, setUndoable] = createSignal<ReturnType<typeof createUndoableRemove<Removed<Target>>>>();

  const add = () =>
    changes.use((m) => {
      const target = m.blankTarget();
      const number = ids().length + 1;
      updateWorkbook((d) => m.addTarget(d, target));
      announce(`Target ${number} added.`);
      queueMicrotask(() => document.getElementById(`goals-t-${target.id}-count`)?.focus());
    });
  const remove = (id: string) =>
    changes.use((m) => {
      const made = undoable() ?? setUndoable(() => m.createUndoableRemove(updateWorkbook, m.restoreTarget));
      made.remove((d) => m.removeTarget(d, id));
    });
  const undo = () => {
    const info = undoable()?.undo();
    if (!info) return;
    announce('The target is back.');
    queueMicrotask(() => document.getElementById(`goals-t-${info.item.id}-count`)?.focus());
  };

  return (
    <div class="goals-worksheet goal-plan" onFocusIn={changes.prefetch}>
      <h4 id="goals-targets">Your targets, with dates</h4>
      <p class="hint">
        Turn your goal into two or three small targets you can count and finish. For example: {EXAMPLE}
      </p>
      <Show when={changes.failed()}>
        <LoadProblem what="part that saves your targets" />
      </Show>
      <UndoBar message={removedWords(undoable()?.removed())} onUndo={undo} onDismiss={() => undoable()?.dismiss()} />
      <Show
        when={ids().length}
        fallback={
          <div class="print-lines" aria-hidden="true">
            <div class="print-line" />
            <div class="print-line" />
            <div class="print-line" />
          </div>
        }
      >
        <ol class="target-list">
          <KeyedRows ids={ids()} byId={byId()}>
            {(t, i, id) => (
              <TargetRow
                target={t()}
                number={i() + 1}
                onChange={(patch) => changes.use((m) => updateWorkbook((d) => m.updateTarget(d, id, patch)))}
                onRemove={() => remove(id)}
              />
            )}
          </KeyedRows>
        </ol>
      </Show>
      <button type="button" class="button secondary no-print" onClick={add}>
        Add a target
      </button>
    </div>
  );
}

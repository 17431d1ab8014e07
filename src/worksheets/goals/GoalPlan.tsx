import { createMemo, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { goalSentenceOf, targetsOf } from '../../workbook/goal-parts';
import { indexById } from '../../workbook/lookups';
import type { Goals, Target } from '../../workbook/model';
import type { ChangesOnDemand } from '../shared/changes-on-demand';
import { KeyedRows } from '../shared/KeyedRows';
import { LongAnswer } from '../shared/LongAnswer';
import type { Removed } from '../shared/list-undo';
import { UndoBar } from '../shared/UndoBar';
import { createUndoableRemove } from '../shared/undoable-remove';
import type * as GoalChanges from './goal-changes';
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
 * Step 3's main goal in one sentence and its targets with dates. `goals` is plain data from the
 * workbook; `changes` are the island's changes, fetched at the first one (Goals.tsx).
 */
export function GoalPlan(props: { goals: Goals; changes: ChangesOnDemand<typeof GoalChanges> }) {
  const targets = createMemo(() => targetsOf(props.goals));
  const byId = createMemo(() => indexById(targets()));
  // The rows are keyed by id, so typing in one target leaves the others as they are.
  const ids = createMemo(() => targets().map((t) => t.id));
  // An undo follows the remove that fetched the changes.
  const undoable = createUndoableRemove<Removed<Target>>(
    updateWorkbook,
    (d, removed) => props.changes.now()?.restoreTarget(d, removed) ?? d,
  );
  const removed = undoable.removed;

  const add = () =>
    props.changes.use((m) => {
      const target = m.blankTarget();
      const number = ids().length + 1;
      updateWorkbook((d) => m.addTarget(d, target));
      announce(`Target ${number} added.`);
      queueMicrotask(() => document.getElementById(`goals-t-${target.id}-count`)?.focus());
    });
  const remove = (id: string) => props.changes.use((m) => undoable.remove((d) => m.removeTarget(d, id)));
  const undo = () => {
    const info = undoable.undo();
    if (!info) return;
    announce('The target is back.');
    queueMicrotask(() => document.getElementById(`goals-t-${info.item.id}-count`)?.focus());
  };

  return (
    <div class="goal-plan">
      <LongAnswer
        id="goals-goal"
        label="Your main goal, in one sentence"
        hint="For example: Learn what archivists and paralegals do, by talking to two of each before the end of term."
        optional
        rows={2}
        value={goalSentenceOf(props.goals)}
        onValue={(text) => props.changes.use((m) => updateWorkbook((d) => m.setGoalSentence(d, text)))}
        printLines={2}
      />

      <h4 id="goals-targets">Your targets, with dates</h4>
      <p class="hint">
        Turn your goal into two or three small targets you can count and finish. For example: {EXAMPLE}
      </p>
      <UndoBar message={removedWords(removed())} onUndo={undo} onDismiss={undoable.dismiss} />
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
                onChange={(patch) => props.changes.use((m) => updateWorkbook((d) => m.updateTarget(d, id, patch)))}
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

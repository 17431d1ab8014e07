import { Show } from 'solid-js';
import { LoadProblem, onDemand } from './on-demand';

/** Props of the "Removed … Undo" bar. */
export interface UndoBarProps {
  /** What was removed, in words ("Removed Ana Souza."); nothing shows when empty. */
  message: string | undefined;
  onUndo: () => void;
  onDismiss: () => void;
}

// The bar's code (UndoBarView.tsx) is fetched at the first removal, the only time it shows.
const view = onDemand(() => import('./UndoBarView').then((m) => m.UndoBarView));

/**
 * A bar that confirms a removal and offers to undo it; it takes focus so the student hears it.
 * If its code cannot be fetched, the student reads that the removal cannot be undone here.
 */
export function UndoBar(props: UndoBarProps) {
  return (
    <Show when={props.message}>
      <Show when={view()} keyed fallback={<Show when={view.failed()}>{<LoadProblem what="Undo button" />}</Show>}>
        {(View) => <View message={props.message} onUndo={() => props.onUndo()} onDismiss={() => props.onDismiss()} />}
      </Show>
    </Show>
  );
}

import type { SaveState, WorkbookEngine } from './engine';

/** Save states in which a change cannot reach storage. */
const FAILING: ReadonlySet<SaveState> = new Set(['memory', 'full', 'error', 'read-only', 'newer']);

/** True when leaving the page would lose work: changes are unsaved and saving is failing. */
export function mustAskBeforeLeaving(state: SaveState, unsaved: boolean): boolean {
  return unsaved && FAILING.has(state);
}

/** Where the beforeunload listener goes (the window; a stand-in in tests). */
type ListenerTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** Asks the browser to confirm leaving the page. */
function askFirst(event: Event): void {
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  (event as BeforeUnloadEvent).returnValue = '';
}

/**
 * Adds a `beforeunload` prompt while the engine holds unsaved changes that it cannot save, and
 * removes it as soon as they are saved or cleared (a page without it can stay in the back-forward
 * cache). `onChange` hears each change of that state. Returns a function that stops the guard.
 */
export function guardLeaving(
  engine: WorkbookEngine,
  target: ListenerTarget,
  onChange?: (asks: boolean) => void,
): () => void {
  let asking = false;
  let queued = false;
  const check = () => {
    queued = false;
    const asks = mustAskBeforeLeaving(engine.status.state, engine.hasUnsavedChanges());
    if (asks === asking) return;
    asking = asks;
    if (asks) target.addEventListener('beforeunload', askFirst);
    else target.removeEventListener('beforeunload', askFirst);
    onChange?.(asks);
  };
  // Checked once the engine's change is complete (a document change is announced before the
  // engine records whether it is saved).
  const later = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(check);
  };
  const stopDoc = engine.subscribe(later);
  const stopStatus = engine.subscribeStatus(later);
  later();
  return () => {
    stopDoc();
    stopStatus();
    target.removeEventListener('beforeunload', askFirst);
  };
}

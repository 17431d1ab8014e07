// A stand-in for window's beforeunload listeners, for tests of code that asks before the page is left.
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Replaces `window` in each test of the file with one that keeps its beforeunload listeners, and
 * returns what the tests read from them.
 */
export function watchLeavingThePage() {
  const listeners = new Set<EventListener>();
  beforeEach(() => {
    listeners.clear();
    vi.stubGlobal('window', {
      addEventListener: (type: string, l: EventListener) => type === 'beforeunload' && listeners.add(l),
      removeEventListener: (type: string, l: EventListener) => type === 'beforeunload' && listeners.delete(l),
    });
  });
  afterEach(() => vi.unstubAllGlobals());
  return {
    /** Whether leaving the page would ask first: a listener cancels the unload event. */
    asksFirst(): boolean {
      const event = { preventDefault: vi.fn(), returnValue: undefined as unknown };
      for (const l of listeners) l(event as unknown as Event);
      return event.preventDefault.mock.calls.length > 0;
    },
    /** How many listeners the page holds (none once nothing waits). */
    count: () => listeners.size,
  };
}

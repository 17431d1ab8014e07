import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdWhile } from './pending-changes';

/** The page's beforeunload listeners, on a stand-in for window. */
let listeners: Set<EventListener>;

beforeEach(() => {
  listeners = new Set();
  vi.stubGlobal('window', {
    addEventListener: (type: string, l: EventListener) => type === 'beforeunload' && listeners.add(l),
    removeEventListener: (type: string, l: EventListener) => type === 'beforeunload' && listeners.delete(l),
  });
});
afterEach(() => vi.unstubAllGlobals());

/** A promise settled by hand. */
function deferred() {
  let resolve: () => void = () => {};
  let reject: () => void = () => {};
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Whether leaving the page would ask first: the listener cancels the unload event. */
function asksFirst(): boolean {
  const event = { preventDefault: vi.fn(), returnValue: undefined as unknown };
  for (const l of listeners) l(event as unknown as Event);
  return event.preventDefault.mock.calls.length > 0;
}

describe('holdWhile', () => {
  it('asks before leaving while a change waits for its code, and no longer once every change is made', async () => {
    expect(asksFirst()).toBe(false);
    const first = deferred();
    const second = deferred();
    void holdWhile(first.promise);
    void holdWhile(second.promise);
    expect(asksFirst()).toBe(true);
    first.resolve();
    await first.promise;
    expect(asksFirst()).toBe(true);
    second.resolve();
    await second.promise;
    expect(asksFirst()).toBe(false);
    expect(listeners.size).toBe(0);
  });

  it('lets the page go once a change failed (the failure is said in words instead)', async () => {
    const change = deferred();
    const held = holdWhile(change.promise);
    expect(asksFirst()).toBe(true);
    change.reject();
    await expect(held).rejects.toBeUndefined();
    expect(asksFirst()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { watchLeavingThePage } from './leave-page.test-helpers';
import { holdWhile } from './pending-changes';

const leaving = watchLeavingThePage();

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

describe('holdWhile', () => {
  it('asks before leaving while a change waits for its code, and no longer once every change is made', async () => {
    expect(leaving.asksFirst()).toBe(false);
    const first = deferred();
    const second = deferred();
    void holdWhile(first.promise);
    void holdWhile(second.promise);
    expect(leaving.asksFirst()).toBe(true);
    first.resolve();
    await first.promise;
    expect(leaving.asksFirst()).toBe(true);
    second.resolve();
    await second.promise;
    expect(leaving.asksFirst()).toBe(false);
    expect(leaving.count()).toBe(0);
  });

  it('lets the page go once a change failed (the failure is said in words instead)', async () => {
    const change = deferred();
    const held = holdWhile(change.promise);
    expect(leaving.asksFirst()).toBe(true);
    change.reject();
    await expect(held).rejects.toBeUndefined();
    expect(leaving.asksFirst()).toBe(false);
  });
});

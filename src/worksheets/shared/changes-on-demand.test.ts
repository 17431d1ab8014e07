import { describe, expect, it } from 'vitest';
import { changesOnDemand } from './changes-on-demand';
import { watchLeavingThePage } from './leave-page.test-helpers';

const leaving = watchLeavingThePage();

/** A load that the test settles by hand, counting how often it was started. */
function handLoad<T>() {
  const calls: Array<{ resolve: (value: T) => void; reject: (problem: unknown) => void }> = [];
  const load = () =>
    new Promise<T>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

/** Lets settled promises run their callbacks. */
const settle = () => new Promise<void>((done) => setTimeout(done, 0));

describe('changesOnDemand', () => {
  it('fetches once for a prefetch and several changes, and makes the changes in the order asked', async () => {
    const { load, calls } = handLoad<{ name: string }>();
    const changes = changesOnDemand(load);
    const done: string[] = [];
    changes.prefetch();
    changes.use((m) => done.push(`first with ${m.name}`));
    changes.use((m) => done.push(`second with ${m.name}`));
    expect(calls).toHaveLength(1);
    expect(changes.now()).toBeUndefined();
    expect(done).toEqual([]);
    calls[0]?.resolve({ name: 'changes' });
    await settle();
    expect(done).toEqual(['first with changes', 'second with changes']);
    expect(changes.now()).toEqual({ name: 'changes' });
    changes.use(() => done.push('third, at once'));
    expect(done).toHaveLength(3);
    expect(calls).toHaveLength(1);
  });

  it('asks before leaving the page while a change waits for its code, and no longer once it is made', async () => {
    const { load, calls } = handLoad<string>();
    const changes = changesOnDemand(load);
    changes.prefetch();
    expect(leaving.asksFirst()).toBe(false);
    changes.use(() => undefined);
    expect(leaving.asksFirst()).toBe(true);
    calls[0]?.resolve('changes');
    await settle();
    expect(leaving.asksFirst()).toBe(false);
  });

  it('says a failed fetch at the change, fetches again at the next one, and clears the failure then', async () => {
    const { load, calls } = handLoad<string>();
    const changes = changesOnDemand(load);
    const made: string[] = [];
    changes.use((m) => made.push(m));
    calls[0]?.reject(new Error('offline'));
    await settle();
    expect(changes.failed()).toBe(true);
    expect(made).toEqual([]);
    expect(leaving.asksFirst()).toBe(false);
    changes.use((m) => made.push(m));
    expect(calls).toHaveLength(2);
    calls[1]?.resolve('changes');
    await settle();
    expect(made).toEqual(['changes']);
    expect(changes.failed()).toBe(false);
  });

  it('says nothing when only a prefetch failed, and fetches again at the first change', async () => {
    const { load, calls } = handLoad<string>();
    const changes = changesOnDemand(load);
    changes.prefetch();
    calls[0]?.reject(new Error('offline'));
    await settle();
    expect(changes.failed()).toBe(false);
    const made: string[] = [];
    changes.use((m) => made.push(m));
    expect(calls).toHaveLength(2);
    calls[1]?.resolve('changes');
    await settle();
    expect(made).toEqual(['changes']);
  });
});

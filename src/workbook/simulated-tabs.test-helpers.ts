// Test-only: one browser's localStorage as several tabs see it, to test saving from two tabs at once.
// As in Chromium, each tab reads and writes a copy of its own at once; its writes reach the shared
// store later (one tab's writes in order), each change then reaches the other tabs' copies (in
// order), and the `storage` event about it can come later still, in any order. A tab's copy ignores
// changes older than a write of its own, as the browser's does. Not imported by the site.
import { createMemoryStorage } from './memory-storage.test-helpers';

/** One change of a key: its value (null: removed) and its place in the shared store's history. */
interface Change {
  key: string;
  value: string | null;
  seq: number;
}

/** A tab's view of the storage and what is on its way to and from the shared store. */
export interface SimTab {
  /** The Storage this tab's engine uses. */
  readonly storage: Storage;
  /** Writes made here that the shared store has not received yet. */
  readonly outbox: Array<Omit<Change, 'seq'>>;
  /** Changes of the shared store this tab's copy has not received yet. */
  readonly inbox: Change[];
  /** Called for each `storage` event delivered to this tab: the key and its new value. */
  onEvent: (key: string, value: string | null) => void;
}

/** A `storage` event waiting to be delivered. */
interface PendingEvent {
  tab: SimTab;
  key: string;
  value: string | null;
}

/** The tab's copy: reads and writes a memory storage, and queues each write for the shared store. */
class TabView implements Storage {
  [name: string]: unknown;
  readonly #copy = createMemoryStorage();
  readonly #outbox: Array<Omit<Change, 'seq'>>;

  constructor(outbox: Array<Omit<Change, 'seq'>>) {
    this.#outbox = outbox;
  }

  get length(): number {
    return this.#copy.length;
  }

  key(index: number): string | null {
    return this.#copy.key(index);
  }

  getItem(key: string): string | null {
    return this.#copy.getItem(key);
  }

  setItem(key: string, value: string): void {
    this.#copy.setItem(key, value);
    this.#outbox.push({ key, value });
  }

  removeItem(key: string): void {
    this.#copy.removeItem(key);
    this.#outbox.push({ key, value: null });
  }

  clear(): void {
    throw new Error('Not used by the engine.');
  }

  /** Applies a change that came from the shared store (without queueing it back). */
  receive(key: string, value: string | null): void {
    if (value === null) this.#copy.removeItem(key);
    else this.#copy.setItem(key, value);
  }
}

/** A simulated browser: the shared store, its tabs, and the events in flight. */
export function createSimulatedBrowser(initial: Record<string, string> = {}) {
  const store = new Map(Object.entries(initial));
  const tabs: SimTab[] = [];
  const views = new Map<SimTab, TabView>();
  /** Per tab and key: the place in history of the tab's own last write that reached the store. */
  const ownSeq = new Map<SimTab, Map<string, number>>();
  const events: PendingEvent[] = [];
  let seq = 0;

  return {
    store,
    tabs,
    events,
    /** Opens a tab whose copy holds what the shared store holds now. */
    openTab(): SimTab {
      const outbox: Array<Omit<Change, 'seq'>> = [];
      const view = new TabView(outbox);
      for (const [key, value] of store) view.receive(key, value);
      const tab: SimTab = { storage: view, outbox, inbox: [], onEvent: () => {} };
      tabs.push(tab);
      views.set(tab, view);
      ownSeq.set(tab, new Map());
      return tab;
    },
    /** The shared store receives the tab's oldest write not yet received; false when there is none. */
    commit(tab: SimTab): boolean {
      const write = tab.outbox.shift();
      if (!write) return false;
      seq += 1;
      if (write.value === null) store.delete(write.key);
      else store.set(write.key, write.value);
      ownSeq.get(tab)?.set(write.key, seq);
      for (const other of tabs) if (other !== tab) other.inbox.push({ ...write, seq });
      return true;
    },
    /** The tab's copy receives the oldest change it has not received, then its event waits; false when there is none. */
    sync(tab: SimTab): boolean {
      const change = tab.inbox.shift();
      if (!change) return false;
      const pendingOwn = tab.outbox.some((w) => w.key === change.key);
      const laterOwn = (ownSeq.get(tab)?.get(change.key) ?? 0) > change.seq;
      if (!pendingOwn && !laterOwn) views.get(tab)?.receive(change.key, change.value);
      events.push({ tab, key: change.key, value: change.value });
      return true;
    },
    /** Delivers the waiting event at `index` (any order); false when there is none. */
    deliver(index: number): boolean {
      const [event] = events.splice(index % Math.max(events.length, 1), 1);
      if (!event) return false;
      event.tab.onEvent(event.key, event.value);
      return true;
    },
    /** True when no write, change or event is on its way. */
    idle(): boolean {
      return events.length === 0 && tabs.every((t) => t.outbox.length === 0 && t.inbox.length === 0);
    },
  };
}

/** A simulated navigator.locks for one lock name: requests wait until the test grants them, in order. */
export function createSimulatedLock() {
  const waiting: Array<() => void> = [];
  return {
    waiting,
    /** Runs `task` when granted, like navigator.locks.request(name, task). */
    request(task: () => void): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        waiting.push(() => {
          try {
            task();
            resolve();
          } catch (error) {
            reject(error);
          }
        });
      });
    },
    /** Grants the oldest waiting request; false when there is none. */
    grant(): boolean {
      const next = waiting.shift();
      next?.();
      return next !== undefined;
    },
  };
}

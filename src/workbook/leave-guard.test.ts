import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { guardLeaving, mustAskBeforeLeaving } from './leave-guard';
import { createBlockedStorageGetter, createMemoryStorage } from './memory-storage.test-helpers';
import { readWorkbook } from './read-workbook';
import { type Contact, ContactSchema, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';

const NOW = new Date('2026-03-07T12:00:00.000Z');
const person = (id: string, notes = ''): Contact => ({ ...ContactSchema.parse({ id, name: id }), notes });
const add =
  (c: Contact) =>
  (doc: Workbook): Workbook => ({ ...doc, contacts: [...doc.contacts, c] });
const validate = (doc: unknown) => {
  const r = WorkbookSchema.safeParse(doc);
  return r.success ? r.data : null;
};

/** A window stand-in that records beforeunload listeners. */
function fakeWindow() {
  const listeners = new Set<EventListener>();
  return {
    listeners,
    addEventListener: (type: string, listener: EventListener) => {
      if (type === 'beforeunload') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: EventListener) => {
      if (type === 'beforeunload') listeners.delete(listener);
    },
  };
}

/** Lets queued microtasks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('mustAskBeforeLeaving', () => {
  it.each([
    ['memory', true, true],
    ['full', true, true],
    ['error', true, true],
    ['read-only', true, true],
    ['newer', true, true],
    ['saving', true, false],
    ['saved', false, false],
    ['full', false, false],
    ['memory', false, false],
  ] as const)('state %s with unsaved changes %s: asks %s', (state, unsaved, asks) => {
    expect(mustAskBeforeLeaving(state, unsaved)).toBe(asks);
  });
});

describe('guardLeaving: a beforeunload prompt only while changes cannot be saved', () => {
  it('adds the handler when saving fails with changes unsaved, and removes it once they are saved', async () => {
    const storage = createMemoryStorage(3000);
    const engine = createEngine({ getStorage: () => storage, now: () => NOW, read: readWorkbook, validate });
    const win = fakeWindow();
    const seen: boolean[] = [];
    guardLeaving(engine, win, (asks) => seen.push(asks));
    engine.update(add(person('a')));
    engine.flush();
    await settle();
    expect(win.listeners.size).toBe(0);

    engine.update(add(person('b', 'x'.repeat(5000))));
    engine.flush();
    await settle();
    expect(engine.getStatus().state).toBe('full');
    expect(win.listeners.size).toBe(1);
    const event = new Event('beforeunload', { cancelable: true });
    for (const listener of win.listeners) listener(event);
    expect(event.defaultPrevented).toBe(true);
    expect(seen.at(-1)).toBe(true);

    engine.update((doc) => ({ ...doc, contacts: doc.contacts.filter((c) => c.id !== 'b') }));
    engine.flush();
    await settle();
    expect(engine.getStatus().state).toBe('saved');
    expect(win.listeners.size).toBe(0);
    expect(seen.at(-1)).toBe(false);
  });

  it('asks when storage is blocked and a person was added, and stops asking after a clear', async () => {
    const engine = createEngine({ getStorage: createBlockedStorageGetter(), now: () => NOW, read: readWorkbook });
    const win = fakeWindow();
    guardLeaving(engine, win);
    engine.load();
    await settle();
    expect(win.listeners.size).toBe(0);
    engine.update(add(person('a')));
    await settle();
    expect(win.listeners.size).toBe(1);
    engine.clear();
    await settle();
    expect(engine.getDoc()).toEqual(emptyWorkbook(NOW));
    expect(win.listeners.size).toBe(0);
  });
});

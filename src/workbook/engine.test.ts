import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine, type EngineOptions, type EngineStatus, WORKBOOK_KEY } from './engine';
import { ENGINE_MESSAGES } from './engine-messages';
import { ADDED_FIELD_DEFAULTS, ADDED_FIELDS, ADDED_GOAL_DEFAULTS } from './fixtures/added-fields';
import { withLineage } from './lineage';
import { createBlockedStorageGetter, createMemoryStorage } from './memory-storage.test-helpers';
import { readWorkbook } from './read-workbook';
import { type Contact, ContactSchema, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';
import * as tabMerge from './tab-merge';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const FIXTURE = readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8');
const UNREADABLE_PREFIX = `${WORKBOOK_KEY}:unreadable:`;

const contact = (id: string, fields: Partial<Contact> = {}): Contact => ({
  ...ContactSchema.parse({ id, name: id }),
  ...fields,
});
const withContacts = (...contacts: Contact[]): Workbook => ({ ...emptyWorkbook(NOW), contacts });
/** A recipe that adds a contact. */
const addContact =
  (c: Contact) =>
  (doc: Workbook): Workbook => ({ ...doc, contacts: [...doc.contacts, c] });
/** A recipe that changes one contact. */
const editContact =
  (id: string, fields: Partial<Contact>) =>
  (doc: Workbook): Workbook => ({
    ...doc,
    contacts: doc.contacts.map((c) => (c.id === id ? { ...c, ...fields } : c)),
  });
/** The workbook stored in a storage, parsed. */
const stored = (storage: Storage): Workbook => JSON.parse(storage.getItem(WORKBOOK_KEY) ?? 'null') as Workbook;
/** The keys of unreadable copies in a storage. */
const unreadableKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) => k.startsWith(UNREADABLE_PREFIX));

/** How many times a storage spy was called for the workbook document itself (not its checksum). */
const docCalls = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([k]) => k === WORKBOOK_KEY).length;

/** The engine's validators, as the site loads them: full reading and whole-document checks. */
const FULL_VALIDATION = {
  read: readWorkbook,
  validate: (doc: unknown) => {
    const r = WorkbookSchema.safeParse(doc);
    return r.success ? r.data : null;
  },
};

/** An engine over the given storage, with a fixed clock and the merging code at hand (the site loads it when needed). */
function engineOn(storage: Storage, extra: Partial<EngineOptions> = {}) {
  return createEngine({ getStorage: () => storage, now: () => NOW, ...FULL_VALIDATION, merging: tabMerge, ...extra });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loading', () => {
  it('starts an empty workbook when nothing is stored, without writing anything', () => {
    const storage = createMemoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const result = engineOn(storage).load();
    expect(result).toEqual({ status: 'empty', doc: emptyWorkbook(NOW), problems: [] });
    expect(setItem).not.toHaveBeenCalled();
  });

  it('reads the stored workbook once, however often load() is called', () => {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, FIXTURE);
    const getItem = vi.spyOn(storage, 'getItem');
    const engine = engineOn(storage);
    const first = engine.load();
    expect(first.status).toBe('ok');
    // Validated (no checksum): a workbook saved before the parts added since (fixtures/added-fields.ts)
    // gets their empty values.
    expect(first.doc).toEqual({
      ...JSON.parse(FIXTURE),
      ...ADDED_FIELD_DEFAULTS,
      goals: { ...JSON.parse(FIXTURE).goals, ...ADDED_GOAL_DEFAULTS },
    });
    expect(engine.load()).toBe(first);
    expect(docCalls(getItem)).toBe(1);
  });

  it('reads back its own save (with its lineage) as the document alone, trusted without the validator', () => {
    const storage = createMemoryStorage();
    const doc = withContacts(contact('ana', { notes: 'Zoë 名前 😀 "quoted" }' }));
    const writer = engineOn(storage);
    writer.load();
    writer.update(() => doc);
    writer.flush();
    expect(storage.getItem(WORKBOOK_KEY)).toContain('"_lineage":"');
    const read = vi.fn(readWorkbook);
    const loaded = engineOn(storage, { read }).load();
    expect(loaded.status).toBe('ok');
    expect(read).not.toHaveBeenCalled();
    expect(loaded.doc).toEqual(doc);
    expect(Object.keys(loaded.doc)).not.toContain('_lineage');
  });

  it('gives its own save from before the parts added since (no validation) those parts, empty', () => {
    const storage = createMemoryStorage();
    const writer = engineOn(storage);
    writer.load();
    writer.update(() => withContacts(contact('ana')));
    writer.flush();
    // The same save as an older version of the site wrote it: without the parts added since, with a
    // lineage this engine trusts.
    const older = JSON.parse(storage.getItem(WORKBOOK_KEY) ?? '{}') as Record<string, unknown>;
    for (const key of ADDED_FIELDS) delete older[key];
    const olderEngine = engineOn(storage, { read: () => null });
    const body = JSON.stringify({ ...older, _lineage: undefined });
    storage.setItem(WORKBOOK_KEY, withLineage(body, []).text);
    const loaded = olderEngine.load();
    expect(loaded.status).toBe('ok');
    expect(loaded.doc).toEqual({ ...withContacts(contact('ana')), ...ADDED_FIELD_DEFAULTS });
  });

  it('loads before the first change, so a change never replaces what was stored', () => {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, FIXTURE);
    const engine = engineOn(storage);
    engine.update(addContact(contact('new')));
    engine.flush();
    expect(stored(storage).contacts.map((c) => c.id)).toEqual([
      ...JSON.parse(FIXTURE).contacts.map((c: Contact) => c.id),
      'new',
    ]);
  });

  it('uses the key it is given', () => {
    const storage = createMemoryStorage();
    const engine = engineOn(storage, { key: 'other:key' });
    engine.update(addContact(contact('a')));
    engine.flush();
    expect(storage.getItem('other:key')).not.toBeNull();
    expect(storage.getItem(WORKBOOK_KEY)).toBeNull();
  });
});

describe('saving', () => {
  it('collapses rapid changes into one write within 300 ms', () => {
    const storage = createMemoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const engine = engineOn(storage);
    engine.load();
    for (let i = 0; i < 5; i++) {
      engine.update(addContact(contact(`c${i}`)));
      vi.advanceTimersByTime(50);
    }
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50); // 300 ms after the first change
    expect(docCalls(setItem)).toBe(1);
    expect(stored(storage).contacts.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    vi.advanceTimersByTime(1000);
    expect(docCalls(setItem)).toBe(1);
  });

  describe('a big workbook', () => {
    // Stored texts of 1,000 characters or more count as big here (1,000,000 on the site).
    const BIG = { fromChars: 1000, pauseMs: 1000, maxWaitMs: 10_000 };
    /** An engine whose storage already holds a big workbook it wrote, loaded. */
    const bigEngine = () => {
      const storage = createMemoryStorage();
      const first = engineOn(storage);
      first.update(() => withContacts(...Array.from({ length: 40 }, (_, i) => contact(`p${i}`))));
      first.flush();
      first.dispose();
      expect(storage.getItem(WORKBOOK_KEY)?.length).toBeGreaterThan(BIG.fromChars);
      const setItem = vi.spyOn(storage, 'setItem');
      const engine = engineOn(storage, { bigSave: BIG });
      engine.load();
      return { storage, setItem, engine };
    };

    it('is saved once changes pause, not while they keep coming', () => {
      const { storage, setItem, engine } = bigEngine();
      for (let i = 0; i < 30; i++) {
        engine.update(editContact('p0', { notes: 'x'.repeat(i + 1) }));
        vi.advanceTimersByTime(90); // a fast typist
      }
      expect(docCalls(setItem)).toBe(0);
      expect(engine.hasUnsavedChanges()).toBe(true);
      vi.advanceTimersByTime(BIG.pauseMs - 90);
      expect(docCalls(setItem)).toBe(1);
      expect(stored(storage).contacts[0]?.notes).toBe('x'.repeat(30));
      vi.advanceTimersByTime(20_000);
      expect(docCalls(setItem)).toBe(1);
    });

    it('is saved at the latest 10 s after the first unsaved change, even while changes keep coming', () => {
      const { storage, setItem, engine } = bigEngine();
      for (let i = 0; i < 100; i++) {
        engine.update(editContact('p0', { notes: 'y'.repeat(i + 1) }));
        vi.advanceTimersByTime(100);
      }
      expect(docCalls(setItem)).toBe(1);
      expect(stored(storage).contacts[0]?.notes?.length).toBe(100);
    });

    it('is saved at once when the page is left', async () => {
      const { storage, engine } = bigEngine();
      engine.update(editContact('p1', { notes: 'last words' }));
      await engine.flush(true);
      expect(stored(storage).contacts[1]?.notes).toBe('last words');
    });

    it('a small workbook is still saved 300 ms after the first change, while changes keep coming', () => {
      const storage = createMemoryStorage();
      const setItem = vi.spyOn(storage, 'setItem');
      const engine = engineOn(storage, { bigSave: BIG });
      engine.load();
      for (let i = 0; i < 4; i++) {
        engine.update(addContact(contact(`s${i}`)));
        vi.advanceTimersByTime(90);
      }
      expect(docCalls(setItem)).toBe(1);
    });
  });

  it('uses the injected timer functions and delay', () => {
    const timers: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
    const storage = createMemoryStorage();
    const engine = engineOn(storage, {
      debounceMs: 1000,
      setTimer: (callback, ms) => timers.push({ callback, ms, cleared: false }) - 1,
      clearTimer: (handle) => {
        const timer = timers[handle as number];
        if (timer) timer.cleared = true;
      },
    });
    engine.update(addContact(contact('a')));
    engine.update(addContact(contact('b')));
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0]?.callback();
    expect(stored(storage).contacts).toHaveLength(2);
    engine.update(addContact(contact('c')));
    engine.flush();
    expect(timers[1]?.cleared).toBe(true);
    expect(stored(storage).contacts).toHaveLength(3);
  });

  it('flush() writes at once, and only when something is unsaved', () => {
    const storage = createMemoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const engine = engineOn(storage);
    engine.load();
    engine.flush();
    expect(setItem).not.toHaveBeenCalled();
    engine.update(addContact(contact('a')));
    engine.flush();
    expect(docCalls(setItem)).toBe(1);
    expect(stored(storage).contacts).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(docCalls(setItem)).toBe(1);
  });

  it('does nothing for a recipe that returns the same workbook', () => {
    const storage = createMemoryStorage();
    const engine = engineOn(storage);
    const listener = vi.fn();
    engine.subscribe(listener);
    engine.load();
    listener.mockClear();
    engine.update((doc) => doc);
    engine.flush();
    expect(listener).not.toHaveBeenCalled();
    expect(storage.getItem(WORKBOOK_KEY)).toBeNull();
  });

  it('stamps updatedAt and reports saving, then saved, in words', () => {
    let clock = NOW;
    const storage = createMemoryStorage();
    const engine = engineOn(storage, { now: () => clock });
    const states: EngineStatus[] = [];
    engine.subscribeStatus((s) => states.push(s));
    engine.load();
    clock = new Date('2025-03-02T08:00:00.000Z');
    engine.update(addContact(contact('a')));
    expect(engine.getDoc().updatedAt).toBe('2025-03-02T08:00:00.000Z');
    expect(engine.status).toEqual({ state: 'saving', message: ENGINE_MESSAGES.saving });
    vi.advanceTimersByTime(300);
    expect(engine.getStatus()).toEqual({
      state: 'saved',
      message: 'Saved on this device.',
      lastSavedAt: '2025-03-02T08:00:00.000Z',
    });
    expect(states.map((s) => s.state)).toEqual(['saving', 'saved']);
  });

  it('calls onFirstSave once, after the first successful save', () => {
    const onFirstSave = vi.fn();
    const engine = engineOn(createMemoryStorage(), { onFirstSave });
    engine.update(addContact(contact('a')));
    expect(onFirstSave).not.toHaveBeenCalled();
    engine.flush();
    engine.update(addContact(contact('b')));
    engine.flush();
    expect(onFirstSave).toHaveBeenCalledTimes(1);
  });

  it('tells subscribers about changes until they unsubscribe', () => {
    const engine = engineOn(createMemoryStorage());
    const seen: number[] = [];
    const stop = engine.subscribe((doc) => seen.push(doc.contacts.length));
    engine.load();
    engine.update(addContact(contact('a')));
    stop();
    engine.update(addContact(contact('b')));
    expect(seen).toEqual([0, 1]);
  });
});

describe('storage failures', () => {
  it("keeps the text in memory when storage is full, says so, and clears 'full' after the next good save", () => {
    const storage = createMemoryStorage(3000);
    const engine = engineOn(storage);
    engine.update(addContact(contact('a')));
    engine.flush();
    const before = storage.getItem(WORKBOOK_KEY);
    engine.update(editContact('a', { notes: 'x'.repeat(5000) }));
    engine.flush();
    expect(engine.getStatus().state).toBe('full');
    expect(engine.getStatus().message).toBe(
      "Saving failed: this browser's storage is full. Your text is still here. Download a backup, then free some space.",
    );
    expect(engine.getDoc().contacts[0]?.notes).toHaveLength(5000);
    expect(storage.getItem(WORKBOOK_KEY)).toBe(before);
    engine.update(editContact('a', { howKnown: 'class' }));
    expect(engine.getStatus().state).toBe('full');
    engine.update(editContact('a', { notes: 'shorter now' }));
    engine.flush();
    expect(engine.getStatus().state).toBe('saved');
    expect(stored(storage).contacts[0]).toMatchObject({ notes: 'shorter now', howKnown: 'class' });
  });

  it('hasUnsavedChanges() is true from a change until it is stored, and stays true while saving fails', () => {
    const storage = createMemoryStorage(3000);
    const engine = engineOn(storage);
    expect(engine.hasUnsavedChanges()).toBe(false);
    engine.update(addContact(contact('a')));
    expect(engine.hasUnsavedChanges()).toBe(true);
    engine.flush();
    expect(engine.hasUnsavedChanges()).toBe(false);
    engine.update(editContact('a', { notes: 'x'.repeat(5000) }));
    engine.flush();
    expect(engine.getStatus().state).toBe('full');
    expect(engine.hasUnsavedChanges()).toBe(true);
    engine.update(editContact('a', { notes: 'short' }));
    engine.flush();
    expect(engine.hasUnsavedChanges()).toBe(false);
  });

  it('keeps working in memory when storage is blocked', () => {
    const engine = createEngine({ getStorage: createBlockedStorageGetter(), now: () => NOW, ...FULL_VALIDATION });
    expect(engine.load().status).toBe('empty');
    expect(engine.getStatus()).toEqual({ state: 'memory', message: ENGINE_MESSAGES.memory });
    expect(engine.getStatus().message).toMatch(/blocking storage.*only while this page is open/);
    engine.update(addContact(contact('a')));
    vi.advanceTimersByTime(1000);
    engine.flush();
    expect(engine.getDoc().contacts.map((c) => c.id)).toEqual(['a']);
    expect(engine.getStatus().state).toBe('memory');
  });

  it('goes to memory when storage becomes blocked after loading', () => {
    let blocked = false;
    const storage = createMemoryStorage();
    const engine = createEngine({
      getStorage: () => (blocked ? createBlockedStorageGetter()() : storage),
      now: () => NOW,
      ...FULL_VALIDATION,
    });
    engine.load();
    blocked = true;
    engine.update(addContact(contact('a')));
    engine.flush();
    expect(engine.getStatus().state).toBe('memory');
    expect(engine.getDoc().contacts).toHaveLength(1);
  });

  it("reports 'error' for other failures, and does not write when reading failed", () => {
    const storage = createMemoryStorage();
    const engine = engineOn(storage);
    engine.load();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new Error('disk');
    });
    engine.update(addContact(contact('a')));
    engine.flush();
    expect(engine.getStatus().state).toBe('error');

    const unreadable = createMemoryStorage();
    unreadable.setItem(WORKBOOK_KEY, FIXTURE);
    vi.spyOn(unreadable, 'getItem').mockImplementation(() => {
      throw new Error('io');
    });
    const setItem = vi.spyOn(unreadable, 'setItem');
    const locked = engineOn(unreadable);
    locked.update(addContact(contact('a')));
    locked.flush();
    expect(locked.getStatus().state).toBe('read-only');
    expect(setItem).not.toHaveBeenCalled();
  });
});

describe('protecting what could not be read', () => {
  it('copies corrupt data aside before any write; the original stays readable at the backup key', () => {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, '{"schemaVersion":1,"contacts":[{"id":"a","na');
    const setItem = vi.spyOn(storage, 'setItem');
    const engine = engineOn(storage);
    const result = engine.load();
    expect(result.status).toBe('corrupt');
    expect(result.backupKey).toBe(`${UNREADABLE_PREFIX}2025-03-01T12:00:00.000Z`);
    expect(setItem.mock.calls[0]?.[0]).toBe(result.backupKey);
    expect(storage.getItem(result.backupKey ?? '')).toBe('{"schemaVersion":1,"contacts":[{"id":"a","na');
    engine.update(addContact(contact('new')));
    engine.flush();
    expect(stored(storage).contacts.map((c) => c.id)).toEqual(['new']);
    expect(storage.getItem(result.backupKey ?? '')).toBe('{"schemaVersion":1,"contacts":[{"id":"a","na');
  });

  it('keeps the valid parts of partial data, with problems in words, and copies the original', () => {
    const storage = createMemoryStorage();
    const damaged = JSON.stringify({
      ...JSON.parse(FIXTURE),
      pitches: 'lost',
      contacts: [...JSON.parse(FIXTURE).contacts, { id: 7 }],
    });
    storage.setItem(WORKBOOK_KEY, damaged);
    const engine = engineOn(storage);
    const result = engine.load();
    expect(result.status).toBe('partial');
    expect(result.problems).toEqual([
      '1 contact could not be read and was left out.',
      'Your pitch versions could not be read and were left out.',
    ]);
    expect(engine.getDoc().contacts).toHaveLength(4);
    expect(engine.getDoc().preps).toHaveLength(1);
    expect(storage.getItem(result.backupKey ?? '')).toBe(damaged);
    // What could be read is stored, so the next visit loads cleanly and makes no second copy.
    const again = engineOn(storage).load();
    expect(again.status).toBe('ok');
    expect(again.doc.contacts).toHaveLength(4);
    expect(unreadableKeys(storage)).toHaveLength(1);
  });

  it('makes one copy of the same unreadable text, even when writing the repaired workbook failed', () => {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, 'garbage');
    const setItem = vi.spyOn(storage, 'setItem');
    setItem.mockImplementation(function (this: Storage, k: string, v: string) {
      if (k === WORKBOOK_KEY) throw new DOMException('full', 'QuotaExceededError');
      Object.getPrototypeOf(storage).setItem.call(storage, k, v);
    });
    const first = engineOn(storage).load();
    const second = engineOn(storage).load();
    expect(first.backupKey).toBeDefined();
    expect(second.backupKey).toBe(first.backupKey);
    expect(unreadableKeys(storage)).toHaveLength(1);
  });

  it('goes read-only, never touching the original, when the copy cannot be made', () => {
    const damaged = JSON.stringify({ schemaVersion: 1, contacts: [{ id: 'a', name: 'A' }, { broken: true }] });
    const storage = createMemoryStorage(damaged.length + WORKBOOK_KEY.length + 10);
    storage.setItem(WORKBOOK_KEY, damaged);
    const engine = engineOn(storage);
    const result = engine.load();
    expect(result.status).toBe('partial');
    expect(result.backupKey).toBeUndefined();
    expect(engine.getStatus().state).toBe('read-only');
    expect(engine.getStatus().message).toMatch(/could not keep a copy/);
    engine.update(addContact(contact('b')));
    engine.flush();
    engine.clear();
    engine.replaceAll(withContacts(contact('z')));
    expect(storage.getItem(WORKBOOK_KEY)).toBe(damaged);
  });

  it('never writes over a workbook from a newer version of the site', () => {
    const storage = createMemoryStorage();
    const newer = JSON.stringify({ ...JSON.parse(FIXTURE), schemaVersion: 2 });
    storage.setItem(WORKBOOK_KEY, newer);
    const setItem = vi.spyOn(storage, 'setItem');
    const removeItem = vi.spyOn(storage, 'removeItem');
    const engine = engineOn(storage);
    const result = engine.load();
    expect(result.status).toBe('newer');
    expect(result.doc.contacts).toHaveLength(4);
    expect(engine.getStatus()).toEqual({
      state: 'newer',
      message:
        'This workbook was saved by a newer version of the site. Reload the page to get the newest version. Until then, changes here are not saved.',
    });
    engine.update(addContact(contact('mine')));
    vi.advanceTimersByTime(1000);
    engine.flush();
    engine.replaceAll(withContacts(contact('z')));
    engine.clear();
    engine.receiveExternal(null);
    expect(setItem).not.toHaveBeenCalled();
    expect(removeItem).not.toHaveBeenCalled();
    expect(storage.getItem(WORKBOOK_KEY)).toBe(newer);
    expect(engine.getStatus().state).toBe('newer');
  });
});

describe('two tabs on one storage', () => {
  /** Two engines sharing a storage, both loaded from the same stored workbook. */
  function twoTabs() {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, JSON.stringify(withContacts(contact('a'), contact('b'))));
    const tabA = engineOn(storage);
    const tabB = engineOn(storage);
    tabA.load();
    tabB.load();
    /** Delivers the stored value to a tab, as the browser's storage event would. */
    const deliver = (tab: typeof tabA) => tab.receiveExternal(storage.getItem(WORKBOOK_KEY));
    return { storage, tabA, tabB, deliver };
  }

  it('a late storage event never undoes what this tab already merged and saved', () => {
    const { storage, tabA, tabB } = twoTabs();
    tabA.update(editContact('a', { notes: 'from A' }));
    tabB.update(addContact(contact('c')));
    tabB.flush();
    const fromB = storage.getItem(WORKBOOK_KEY);
    // Tab A saves before the browser delivers B's event: the save reads and merges B's value.
    tabA.flush();
    tabA.receiveExternal(fromB);
    for (const doc of [stored(storage), tabA.getDoc()]) {
      expect(doc.contacts.map((c) => [c.id, c.notes])).toEqual([
        ['a', 'from A'],
        ['b', ''],
        ['c', ''],
      ]);
    }
  });

  it('keeps both tabs’ edits to different contacts when each saves and hears of the other', () => {
    const { storage, tabA, tabB, deliver } = twoTabs();
    tabA.update(editContact('a', { notes: 'from A' }));
    tabB.update(editContact('b', { org: 'from B' }));
    tabA.flush();
    deliver(tabB);
    tabB.flush();
    deliver(tabA);
    for (const doc of [stored(storage), tabA.getDoc(), tabB.getDoc()]) {
      expect(doc.contacts.map((c) => [c.id, c.notes, c.org])).toEqual([
        ['a', 'from A', ''],
        ['b', '', 'from B'],
      ]);
    }
  });

  it('never erases the other tab’s edit even before the storage event arrives', () => {
    const { storage, tabA, tabB, deliver } = twoTabs();
    tabA.update(editContact('a', { notes: 'from A' }));
    tabA.update(addContact(contact('fromA')));
    tabA.flush();
    tabB.update(editContact('a', { org: 'from B' }));
    tabB.update(addContact(contact('fromB')));
    tabB.flush(); // B has not heard of A's save yet
    deliver(tabA);
    const expected = [
      ['a', 'from A', 'from B'],
      ['b', '', ''],
      ['fromB', '', ''],
      ['fromA', '', ''],
    ];
    expect(stored(storage).contacts.map((c) => [c.id, c.notes, c.org])).toEqual(expected);
    expect(
      tabA
        .getDoc()
        .contacts.map((c) => c.id)
        .sort(),
    ).toEqual(['a', 'b', 'fromA', 'fromB']);
  });

  it('keeps unsaved local edits when another tab’s save arrives, then saves both', () => {
    const { storage, tabA, tabB, deliver } = twoTabs();
    tabB.update(editContact('b', { notes: 'typing in B' }));
    tabA.update(editContact('a', { notes: 'saved in A' }));
    tabA.flush();
    deliver(tabB);
    expect(tabB.getDoc().contacts.map((c) => c.notes)).toEqual(['saved in A', 'typing in B']);
    expect(tabB.getStatus().state).toBe('saving');
    vi.advanceTimersByTime(300);
    expect(stored(storage).contacts.map((c) => c.notes)).toEqual(['saved in A', 'typing in B']);
  });

  it('follows deletions made in the other tab', () => {
    const { tabA, tabB, deliver } = twoTabs();
    tabA.update((doc) => ({ ...doc, contacts: doc.contacts.filter((c) => c.id !== 'a') }));
    tabA.flush();
    deliver(tabB);
    expect(tabB.getDoc().contacts.map((c) => c.id)).toEqual(['b']);
  });

  it('resets to an empty workbook when the other tab clears it, and says so', () => {
    const { storage, tabA, tabB } = twoTabs();
    const seen: Workbook[] = [];
    tabB.subscribe((doc) => seen.push(doc));
    tabA.clear();
    expect(storage.getItem(WORKBOOK_KEY)).toBeNull();
    tabB.receiveExternal(null);
    expect(tabB.getDoc()).toEqual(emptyWorkbook(NOW));
    expect(seen.at(-1)).toEqual(emptyWorkbook(NOW));
    expect(tabB.getStatus()).toEqual({ state: 'idle', message: 'Your workbook was cleared in another tab.' });
  });

  it('notices a clear made in another tab when it next saves, and does not write the old data back', () => {
    const { storage, tabA, tabB } = twoTabs();
    tabB.update(editContact('a', { notes: 'late edit' }));
    tabA.clear();
    tabB.flush();
    expect(storage.getItem(WORKBOOK_KEY)).toBeNull();
    expect(tabB.getDoc().contacts).toEqual([]);
    expect(tabB.getStatus().message).toBe(ENGINE_MESSAGES.clearedElsewhere);
  });

  it('stops writing when another tab running a newer version saves', () => {
    const { storage, tabA } = twoTabs();
    const newer = JSON.stringify({ ...withContacts(contact('a')), schemaVersion: 2 });
    storage.setItem(WORKBOOK_KEY, newer);
    tabA.receiveExternal(newer);
    tabA.update(addContact(contact('x')));
    tabA.flush();
    expect(tabA.getStatus().state).toBe('newer');
    expect(storage.getItem(WORKBOOK_KEY)).toBe(newer);
  });

  it('notices a newer version at save time even without a storage event', () => {
    const { storage, tabA } = twoTabs();
    const newer = JSON.stringify({ ...withContacts(contact('a')), schemaVersion: 2 });
    tabA.update(addContact(contact('x')));
    storage.setItem(WORKBOOK_KEY, newer);
    tabA.flush();
    expect(tabA.getStatus().state).toBe('newer');
    expect(storage.getItem(WORKBOOK_KEY)).toBe(newer);
  });

  it('copies damaged data written by someone else aside before saving over it', () => {
    const { storage, tabA } = twoTabs();
    tabA.update(addContact(contact('x')));
    storage.setItem(WORKBOOK_KEY, 'not json');
    tabA.receiveExternal('not json');
    expect(tabA.getDoc().contacts.map((c) => c.id)).toEqual(['a', 'b', 'x']);
    tabA.flush();
    const [copy] = unreadableKeys(storage);
    expect(copy && storage.getItem(copy)).toBe('not json');
    expect(stored(storage).contacts.map((c) => c.id)).toEqual(['a', 'b', 'x']);
  });

  it('ignores storage events before loading and its own value', () => {
    const storage = createMemoryStorage();
    const engine = engineOn(storage);
    const listener = vi.fn();
    engine.subscribe(listener);
    engine.receiveExternal(JSON.stringify(withContacts(contact('z'))));
    expect(listener).not.toHaveBeenCalled();
    engine.update(addContact(contact('a')));
    engine.flush();
    listener.mockClear();
    engine.receiveExternal(storage.getItem(WORKBOOK_KEY));
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('replacing and clearing', () => {
  it('replaceAll() writes the restored workbook at once, replacing everything', () => {
    const storage = createMemoryStorage();
    const engine = engineOn(storage);
    engine.update(addContact(contact('old')));
    engine.replaceAll(withContacts(contact('restored')));
    expect(stored(storage).contacts.map((c) => c.id)).toEqual(['restored']);
    expect(engine.getDoc().contacts.map((c) => c.id)).toEqual(['restored']);
    expect(engine.getStatus().state).toBe('saved');
    vi.advanceTimersByTime(1000);
    expect(stored(storage).contacts.map((c) => c.id)).toEqual(['restored']);
  });

  it('replaceAll() refuses a workbook that is not valid', () => {
    const engine = engineOn(createMemoryStorage());
    const invalid = { ...emptyWorkbook(NOW), contacts: [{ id: 'x', name: '' }] } as unknown as Workbook;
    expect(() => engine.replaceAll(invalid)).toThrow(TypeError);
  });

  it('clear() removes the stored workbook and starts an empty one', () => {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, FIXTURE);
    const engine = engineOn(storage);
    engine.update(addContact(contact('pending')));
    engine.clear();
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(WORKBOOK_KEY)).toBeNull();
    expect(engine.getDoc()).toEqual(emptyWorkbook(NOW));
    expect(engine.getStatus().message).toBe(ENGINE_MESSAGES.cleared);
  });

  it('clear() leaves nothing unsaved, even when storage is blocked or holds a newer workbook', () => {
    const blocked = createEngine({ getStorage: createBlockedStorageGetter(), now: () => NOW, ...FULL_VALIDATION });
    blocked.update(addContact(contact('a')));
    expect(blocked.hasUnsavedChanges()).toBe(true);
    blocked.clear();
    expect(blocked.hasUnsavedChanges()).toBe(false);

    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, JSON.stringify({ ...JSON.parse(FIXTURE), schemaVersion: 2 }));
    const newer = engineOn(storage);
    newer.update(addContact(contact('mine')));
    expect(newer.hasUnsavedChanges()).toBe(true);
    newer.clear();
    expect(newer.hasUnsavedChanges()).toBe(false);
  });

  it('dispose() cancels a pending save', () => {
    const storage = createMemoryStorage();
    const engine = engineOn(storage);
    engine.update(addContact(contact('a')));
    engine.dispose();
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(WORKBOOK_KEY)).toBeNull();
  });
});

describe('checksums: trusting what this engine wrote', () => {
  it('loads its own writes without the full reader, and validates anything else', () => {
    const storage = createMemoryStorage();
    const writer = engineOn(storage);
    writer.load();
    writer.update(addContact(contact('a')));
    writer.flush();
    const read = vi.fn(readWorkbook);
    const reader = engineOn(storage, { read });
    expect(reader.load().doc.contacts.map((c) => c.id)).toEqual(['a']);
    expect(read).not.toHaveBeenCalled();
    // A value changed by something else no longer matches its checksum: it is validated fully.
    storage.setItem(WORKBOOK_KEY, JSON.stringify({ ...stored(storage), contacts: [{ id: 'x' }] }));
    const third = engineOn(storage, { read });
    expect(third.load().status).toBe('partial');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('waits, keeping the edits, when a value needs validation that is not loaded yet', () => {
    const storage = createMemoryStorage();
    let validator: typeof readWorkbook | null = null;
    const onNeedsValidation = vi.fn();
    const engine = engineOn(storage, {
      read: (raw, now) => (validator ? validator(raw, now) : null),
      onNeedsValidation,
    });
    engine.load(); // nothing stored: the empty workbook needs no validation
    engine.update(addContact(contact('mine')));
    storage.setItem(WORKBOOK_KEY, JSON.stringify({ ...emptyWorkbook(NOW), contacts: [contact('theirs')] }));
    engine.flush();
    expect(onNeedsValidation).toHaveBeenCalled();
    expect(stored(storage).contacts.map((c) => c.id)).toEqual(['theirs']);
    validator = readWorkbook;
    engine.flush();
    expect(
      stored(storage)
        .contacts.map((c) => c.id)
        .sort(),
    ).toEqual(['mine', 'theirs']);
  });
});

describe('documents changed in place by the UI', () => {
  it('still merges both tabs’ edits when a listener mutates the documents it was given', () => {
    const storage = createMemoryStorage();
    const seed = engineOn(storage);
    seed.load();
    seed.update(addContact(contact('x')));
    seed.flush();
    const a = engineOn(storage);
    const b = engineOn(storage);
    const seen: Workbook[] = [];
    a.subscribe((doc) => seen.push(doc));
    a.load();
    b.load();
    a.update((doc) => ({ ...doc, contacts: doc.contacts.map((c) => ({ ...c, notes: 'typed in A' })) }));
    // Like Solid's reconcile: the store writes the new values into the objects it first received.
    for (const doc of seen) for (const c of doc.contacts) c.notes = 'typed in A';
    b.update(addContact(contact('y')));
    b.flush();
    a.flush();
    const saved = stored(storage);
    expect(saved.contacts.map((c) => c.id)).toEqual(['x', 'y']);
    expect(saved.contacts.find((c) => c.id === 'x')?.notes).toBe('typed in A');
  });
});

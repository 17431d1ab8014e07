// Saving from two or three tabs at once, in a simulated browser whose tabs see each other's
// writes late (simulated-tabs.test-helpers.ts): no edit made in one tab may be lost because of another.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fnv1a } from '../lib/hash';
import { setNoteField } from '../worksheets/interview-notes/notes';
import { updateDraft } from '../worksheets/outreach/drafts';
import { checkKeyOf, createEngine, WORKBOOK_KEY, type WorkbookEngine } from './engine';
import { splitStored } from './lineage';
import { createMemoryStorage } from './memory-storage.test-helpers';
import { readWorkbook } from './read-workbook';
import { type Contact, ContactSchema, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';
import { createSimulatedBrowser, createSimulatedLock, type SimTab } from './simulated-tabs.test-helpers';
import * as tabMerge from './tab-merge';

const NOW = new Date('2025-03-01T12:00:00.000Z');
type Browser = ReturnType<typeof createSimulatedBrowser>;
type Lock = ReturnType<typeof createSimulatedLock>;

const contact = (id: string): Contact => ContactSchema.parse({ id, name: id });
/** The workbook every simulated browser starts with: four people, a to d, saved as the site saves it. */
const START = JSON.stringify({ ...emptyWorkbook(NOW), contacts: ['a', 'b', 'c', 'd'].map(contact) });
const SAVED = { [WORKBOOK_KEY]: START, [checkKeyOf(WORKBOOK_KEY)]: fnv1a(START) };

/** A tab: its engine, its view of storage, and its save timer, fired when the test says. */
interface Tab {
  engine: WorkbookEngine;
  sim: SimTab;
  /** Runs the pending save timers; false when there were none. */
  fireTimers(): boolean;
}

/** Opens a tab in the simulated browser, with its engine loaded, following storage events as client.ts does. */
function openTab(browser: Browser, lock?: Lock): Tab {
  const sim = browser.openTab();
  const timers = new Set<() => void>();
  const engine = createEngine({
    getStorage: () => sim.storage,
    now: () => NOW,
    read: readWorkbook,
    setTimer: (callback) => {
      timers.add(callback);
      return callback;
    },
    clearTimer: (handle) => timers.delete(handle as () => void),
    merging: tabMerge,
    ...(lock ? { lock: (task: () => void) => lock.request(task) } : {}),
  });
  engine.load();
  sim.onEvent = (key, value) => {
    if (key === WORKBOOK_KEY) engine.receiveExternal(value);
  };
  return {
    engine,
    sim,
    fireTimers() {
      const due = [...timers];
      timers.clear();
      for (const callback of due) callback();
      return due.length > 0;
    },
  };
}

/** Lets every tab save, every write reach the store and every event arrive, until nothing moves. */
function settle(browser: Browser, tabs: Tab[], lock?: Lock): void {
  for (const tab of tabs) void tab.engine.flush();
  for (let round = 0; round < 50; round++) {
    let moved = false;
    while (lock?.grant()) moved = true;
    for (const tab of tabs) moved = tab.fireTimers() || moved;
    for (const tab of tabs) while (browser.commit(tab.sim)) moved = true;
    for (const tab of tabs) while (browser.sync(tab.sim)) moved = true;
    while (browser.deliver(0)) moved = true;
    if (!moved) return;
  }
  throw new Error('The tabs never settled: they keep writing.');
}

/** Closes a tab: it hears of nothing more (the writes it made still reach the store). */
function close(browser: Browser, tab: Tab): void {
  browser.tabs.splice(browser.tabs.indexOf(tab.sim), 1);
  for (let i = browser.events.length - 1; i >= 0; i--)
    if (browser.events[i]?.tab === tab.sim) browser.events.splice(i, 1);
}

/** The workbook in the shared store, without its lineage. */
function storedDoc(browser: Browser): Workbook {
  return JSON.parse(splitStored(browser.store.get(WORKBOOK_KEY) ?? 'null').body) as Workbook;
}

/** A recipe that sets one goal text. */
const setGoal =
  (field: 'fields' | 'organizations' | 'questions', text: string) =>
  (doc: Workbook): Workbook => ({ ...doc, goals: { ...doc.goals, [field]: text } });

describe('two tabs that save before either has seen the other’s save', () => {
  it('keeps the goals typed in one tab and the questions typed in the other', () => {
    const browser = createSimulatedBrowser(SAVED);
    const a = openTab(browser);
    const b = openTab(browser);
    a.engine.update(setGoal('fields', 'Water policy'));
    b.engine.update(setGoal('questions', 'What does a day look like?'));
    void a.engine.flush();
    browser.commit(a.sim);
    browser.commit(a.sim);
    // B saves before A's write has reached B's copy of the storage: B sees nothing new.
    void b.engine.flush();
    settle(browser, [a, b]);
    for (const doc of [storedDoc(browser), a.engine.getDoc(), b.engine.getDoc()]) {
      expect(doc.goals).toMatchObject({ fields: 'Water policy', questions: 'What does a day look like?' });
    }
  });

  it('keeps both tabs’ outreach text to the same person', () => {
    const browser = createSimulatedBrowser(SAVED);
    const a = openTab(browser);
    const b = openTab(browser);
    a.engine.update((doc) => updateDraft(doc, 'a', { ask: 'Could we talk for 20 minutes?' }, NOW));
    void a.engine.flush();
    b.engine.update((doc) => updateDraft(doc, 'b', { whyThem: 'You work on rivers.' }, NOW));
    void b.engine.flush();
    settle(browser, [a, b]);
    for (const doc of [storedDoc(browser), a.engine.getDoc(), b.engine.getDoc()]) {
      expect(doc.outreach.map((o) => [o.contactId, o.ask, o.whyThem]).sort()).toEqual([
        ['a', 'Could we talk for 20 minutes?', ''],
        ['b', '', 'You work on rivers.'],
      ]);
    }
  });

  it('ends with one notes record for a person both tabs started notes for, with everything typed in either', () => {
    const browser = createSimulatedBrowser(SAVED);
    const a = openTab(browser);
    const b = openTab(browser);
    a.engine.update((doc) => setNoteField(doc, 'a', 'learned', 'Hiring in spring.'));
    a.engine.update((doc) => setNoteField(doc, 'a', 'fit', 'Close to my goals.'));
    b.engine.update((doc) => setNoteField(doc, 'a', 'learned', 'Ask about the lab.'));
    b.engine.update((doc) => setNoteField(doc, 'a', 'explore', 'Read the annual report.'));
    void a.engine.flush();
    void b.engine.flush();
    settle(browser, [a, b]);
    for (const doc of [storedDoc(browser), a.engine.getDoc(), b.engine.getDoc()]) {
      expect(doc.interviews).toHaveLength(1);
      const [note] = doc.interviews;
      expect(note?.contactId).toBe('a');
      expect(note?.learned).toContain('Hiring in spring.');
      expect(note?.learned).toContain('Ask about the lab.');
      expect(note?.fit).toBe('Close to my goals.');
      expect(note?.explore).toBe('Read the annual report.');
    }
  });

  it('keeps this tab’s saved edit when the other tab wrote over it unseen and then closed', () => {
    const browser = createSimulatedBrowser(SAVED);
    const a = openTab(browser);
    const b = openTab(browser);
    a.engine.update(setGoal('fields', 'Saved here first'));
    void a.engine.flush();
    b.engine.update(setGoal('questions', 'Saved in the other tab, which then closed'));
    void b.engine.flush(true);
    while (browser.commit(a.sim));
    while (browser.commit(b.sim));
    close(browser, b);
    // Only A is left to merge: it must take the state both tabs started from as the ancestor.
    settle(browser, [a]);
    for (const doc of [storedDoc(browser), a.engine.getDoc()]) {
      expect(doc.goals).toMatchObject({
        fields: 'Saved here first',
        questions: 'Saved in the other tab, which then closed',
      });
    }
  });

  it('keeps the last save of a tab that closed when another tab wrote over it unseen', () => {
    const browser = createSimulatedBrowser(SAVED);
    const a = openTab(browser);
    const b = openTab(browser);
    a.engine.update(setGoal('fields', 'Saved as the tab closed'));
    void a.engine.flush(true); // pagehide: saved at once, without waiting for the lock
    b.engine.update(setGoal('questions', 'Typed in the other tab'));
    void b.engine.flush();
    // A's write reaches the store first, then B's replaces it; A is gone and never hears of B.
    while (browser.commit(a.sim));
    while (browser.commit(b.sim));
    close(browser, a);
    settle(browser, [b]);
    expect(storedDoc(browser).goals).toMatchObject({
      fields: 'Saved as the tab closed',
      questions: 'Typed in the other tab',
    });
  });

  it('a late event about a save this tab already has, through a later save, does not bring back what was deleted since', () => {
    const browser = createSimulatedBrowser(SAVED);
    const a = openTab(browser);
    const b = openTab(browser);
    a.engine.update((doc) => ({ ...doc, contacts: [...doc.contacts, contact('j')] }));
    void a.engine.flush();
    b.engine.update(setGoal('fields', 'From B'));
    void b.engine.flush();
    while (browser.commit(a.sim));
    while (browser.commit(b.sim));
    // A merges B's save and saves the result, which B receives before the event about A's first save.
    while (browser.sync(a.sim));
    while (browser.deliver(0));
    a.fireTimers();
    while (browser.commit(a.sim));
    while (browser.sync(b.sim));
    const aboutDoc = () => browser.events.flatMap((e, i) => (e.key === WORKBOOK_KEY ? [i] : []));
    expect(aboutDoc()).toHaveLength(2);
    browser.deliver(aboutDoc()[1] ?? -1);
    expect(b.engine.getDoc().contacts.map((c) => c.id)).toContain('j');
    b.engine.update((doc) => ({ ...doc, contacts: doc.contacts.filter((c) => c.id !== 'j') }));
    browser.deliver(aboutDoc()[0] ?? -1);
    settle(browser, [a, b]);
    for (const doc of [storedDoc(browser), a.engine.getDoc(), b.engine.getDoc()]) {
      expect(doc.contacts.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
      expect(doc.goals.fields).toBe('From B');
    }
  });

  it('saves under the lock: a save waits until the lock is granted, then merges what is stored', async () => {
    const browser = createSimulatedBrowser(SAVED);
    const lock = createSimulatedLock();
    const a = openTab(browser, lock);
    const b = openTab(browser, lock);
    a.engine.update(setGoal('fields', 'From A'));
    b.engine.update(setGoal('organizations', 'From B'));
    const savedA = a.engine.flush();
    const savedB = b.engine.flush();
    expect(browser.store.get(WORKBOOK_KEY)).toBe(START);
    expect(a.sim.outbox).toEqual([]);
    lock.grant();
    await savedA;
    while (browser.commit(a.sim));
    while (browser.sync(b.sim));
    lock.grant();
    await savedB;
    while (browser.commit(b.sim));
    expect(storedDoc(browser).goals).toMatchObject({ fields: 'From A', organizations: 'From B' });
  });
});

describe('the merging code, loaded only when another tab saved', () => {
  /** Two engines on one storage: A has the merging code, B loads it when it needs it (as the site does). */
  function twoOnOneStorage() {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, START);
    const a = createEngine({ getStorage: () => storage, now: () => NOW, read: readWorkbook, merging: tabMerge });
    const b = createEngine({ getStorage: () => storage, now: () => NOW, read: readWorkbook });
    a.load();
    b.load();
    const saved = () => JSON.parse(splitStored(storage.getItem(WORKBOOK_KEY) ?? '').body) as Workbook;
    return { storage, a, b, saved };
  }

  it('keeps the edits until the code is there, then merges and saves them', async () => {
    const { a, b, saved } = twoOnOneStorage();
    a.update(setGoal('fields', 'From A'));
    void a.flush();
    b.update(setGoal('questions', 'From B'));
    void b.flush();
    expect(saved().goals.questions).toBe('');
    await vi.dynamicImportSettled();
    expect(saved().goals).toMatchObject({ fields: 'From A', questions: 'From B' });
    expect(b.getStatus().state).toBe('saved');
  });

  it('follows a storage event once the code is there', async () => {
    const { storage, a, b } = twoOnOneStorage();
    a.update(setGoal('fields', 'From A'));
    void a.flush();
    b.receiveExternal(storage.getItem(WORKBOOK_KEY));
    await vi.dynamicImportSettled();
    expect(b.getDoc().goals.fields).toBe('From A');
  });

  it('when leaving before the code came, writes its own document, and the other tab merges both', () => {
    const { storage, a, b, saved } = twoOnOneStorage();
    a.update(setGoal('fields', 'From A'));
    void a.flush();
    b.update(setGoal('questions', 'From B, leaving'));
    void b.flush(true);
    expect(saved().goals.questions).toBe('From B, leaving');
    a.receiveExternal(storage.getItem(WORKBOOK_KEY));
    void a.flush();
    expect(saved().goals).toMatchObject({ fields: 'From A', questions: 'From B, leaving' });
  });
});

describe('saves whose history is not known', () => {
  it('merges a save without a lineage (older version of the site) with nothing deleted, keeping this tab’s edit', () => {
    const storage = createMemoryStorage();
    storage.setItem(WORKBOOK_KEY, START);
    const tab = createEngine({ getStorage: () => storage, now: () => NOW, read: readWorkbook, merging: tabMerge });
    tab.load();
    tab.update(setGoal('fields', 'Typed here'));
    // Another tab running an older version saves plain JSON: it removed b, added e and wrote questions.
    const older = JSON.parse(START) as Workbook;
    const theirs = {
      ...older,
      contacts: [...older.contacts.filter((c) => c.id !== 'b'), contact('e')],
      goals: { ...older.goals, questions: 'Typed there' },
    };
    storage.setItem(WORKBOOK_KEY, JSON.stringify(theirs));
    storage.setItem(checkKeyOf(WORKBOOK_KEY), fnv1a(JSON.stringify(theirs)));
    void tab.flush();
    const saved = JSON.parse(splitStored(storage.getItem(WORKBOOK_KEY) ?? '').body) as Workbook;
    expect(saved.goals).toMatchObject({ fields: 'Typed here', questions: 'Typed there' });
    // Without a known ancestor, b's absence could be an edit lost rather than a deletion: b is kept.
    expect(saved.contacts.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('one record per person', () => {
  it('shows two notes records of one person, saved before this fix, as one, and saves that', () => {
    const storage = createMemoryStorage();
    const two = {
      ...(JSON.parse(START) as Workbook),
      interviews: [
        { id: 'n_2', contactId: 'a', date: '', learned: 'Hidden until now', fit: '', explore: '', nextSteps: [] },
        { id: 'n_1', contactId: 'a', date: '2025-02-27', learned: 'Shown', fit: 'Good', explore: '', nextSteps: [] },
      ],
    };
    storage.setItem(WORKBOOK_KEY, JSON.stringify(two));
    const tab = createEngine({ getStorage: () => storage, now: () => NOW, read: readWorkbook, merging: tabMerge });
    expect(tab.load().doc.interviews).toHaveLength(2);
    expect(tab.getDoc().interviews).toEqual([
      {
        id: 'n_1',
        contactId: 'a',
        date: '2025-02-27',
        learned: 'Shown\n\nHidden until now',
        fit: 'Good',
        explore: '',
        nextSteps: [],
      },
    ]);
    expect(tab.getStatus().state).toBe('saving');
    void tab.flush();
    const saved = JSON.parse(splitStored(storage.getItem(WORKBOOK_KEY) ?? '').body) as Workbook;
    expect(saved.interviews).toEqual(tab.getDoc().interviews);
  });
});

// ---- The property: random interleavings of edits, saves, writes reaching the store, and events ----

type GoalField = 'fields' | 'organizations' | 'questions';
type Edit =
  | { kind: 'goal'; field: GoalField }
  | { kind: 'contact'; id: 'a' | 'b'; field: 'notes' | 'org' }
  | { kind: 'add' }
  | { kind: 'delete'; id: 'c' | 'd' }
  | { kind: 'note'; person: 'a' | 'b'; field: 'learned' | 'fit' }
  | { kind: 'draft'; person: 'a' | 'b'; field: 'ask' | 'whyThem' };
type Step =
  | { do: 'edit'; tab: number; edit: Edit }
  | { do: 'flush' | 'pagehide' | 'timer' | 'commit' | 'sync' | 'close'; tab: number }
  | { do: 'deliver'; index: number }
  | { do: 'grant' };

const tabArb = fc.nat(2);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('goal' as const),
    field: fc.constantFrom<GoalField>('fields', 'organizations', 'questions'),
  }),
  fc.record({
    kind: fc.constant('contact' as const),
    id: fc.constantFrom('a' as const, 'b' as const),
    field: fc.constantFrom('notes' as const, 'org' as const),
  }),
  fc.record({ kind: fc.constant('add' as const) }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom('c' as const, 'd' as const) }),
  fc.record({
    kind: fc.constant('note' as const),
    person: fc.constantFrom('a' as const, 'b' as const),
    field: fc.constantFrom('learned' as const, 'fit' as const),
  }),
  fc.record({
    kind: fc.constant('draft' as const),
    person: fc.constantFrom('a' as const, 'b' as const),
    field: fc.constantFrom('ask' as const, 'whyThem' as const),
  }),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ do: fc.constant('edit' as const), tab: tabArb, edit: editArb }) },
  {
    weight: 6,
    arbitrary: fc.record({
      do: fc.constantFrom(
        'flush' as const,
        'pagehide' as const,
        'timer' as const,
        'commit' as const,
        'sync' as const,
        'close' as const,
      ),
      tab: tabArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('deliver' as const), index: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('grant' as const) }) },
);

/** Where an edit writes, and what it wrote there, per tab. */
interface Target {
  /** The value each tab wrote last here. */
  byTab: Map<number, string>;
  /** The value written last here, by any tab. */
  last: string;
}

/** Applies one edit in a tab; records its unique text under the place it changed. */
function applyEdit(tab: Tab, index: number, edit: Edit, text: string, targets: Map<string, Target>): void {
  const record = (place: string) => {
    const target = targets.get(place) ?? { byTab: new Map(), last: text };
    target.byTab.set(index, text);
    target.last = text;
    targets.set(place, target);
  };
  const e = tab.engine;
  switch (edit.kind) {
    case 'goal':
      e.update(setGoal(edit.field, text));
      record(`goal:${edit.field}`);
      return;
    case 'contact':
      e.update((doc) => ({
        ...doc,
        contacts: doc.contacts.map((c) => (c.id === edit.id ? { ...c, [edit.field]: text } : c)),
      }));
      record(`contact:${edit.id}:${edit.field}`);
      return;
    case 'add':
      e.update((doc) => ({ ...doc, contacts: [...doc.contacts, contact(text)] }));
      record(`added:${text}`);
      return;
    case 'delete':
      e.update((doc) => ({ ...doc, contacts: doc.contacts.filter((c) => c.id !== edit.id) }));
      record(`deleted:${edit.id}`);
      return;
    case 'note':
      e.update((doc) => setNoteField(doc, edit.person, edit.field, text));
      record(`note:${edit.person}:${edit.field}`);
      return;
    case 'draft':
      e.update((doc) => updateDraft(doc, edit.person, { [edit.field]: text }, NOW));
      record(`draft:${edit.person}:${edit.field}`);
      return;
  }
}

/** Checks that every edit is in the final document: exactly where one tab alone wrote, and one of the texts where several did. */
function expectEveryEdit(doc: Workbook, targets: Map<string, Target>): void {
  expect(WorkbookSchema.safeParse(doc).success).toBe(true);
  for (const kind of ['interviews', 'outreach'] as const) {
    const people = doc[kind].map((r) => r.contactId);
    expect(new Set(people).size, `one ${kind} record per person`).toBe(people.length);
  }
  for (const [place, target] of targets) {
    const [kind, id, field] = place.split(':') as [string, string, string];
    const texts = [...target.byTab.values()];
    const alone = target.byTab.size === 1;
    if (kind === 'added') expect(doc.contacts.some((c) => c.id === id)).toBe(true);
    else if (kind === 'deleted') expect(doc.contacts.some((c) => c.id === id)).toBe(false);
    else {
      const value =
        kind === 'goal'
          ? doc.goals[id as GoalField]
          : kind === 'contact'
            ? doc.contacts.find((c) => c.id === id)?.[field as 'notes']
            : kind === 'note'
              ? doc.interviews.find((n) => n.contactId === id)?.[field as 'learned']
              : doc.outreach.find((o) => o.contactId === id)?.[field as 'ask'];
      // Records of one person started in two tabs are joined: the text then holds both.
      const joined = kind === 'note' || kind === 'draft';
      if (alone && !joined) expect(value, place).toBe(target.last);
      else if (alone) expect(value, place).toContain(target.last);
      else
        expect(
          texts.some((t) => value?.includes(t)),
          `${place}: ${value}`,
        ).toBe(true);
    }
  }
}

describe('property: no edit is lost, whatever the order of saves, writes and events', () => {
  it('holds for 1,000 interleavings of two or three tabs, with and without the lock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.boolean(),
        fc.array(stepArb, { maxLength: 30 }),
        (count, withLock, steps) => {
          const browser = createSimulatedBrowser(SAVED);
          const lock = withLock ? createSimulatedLock() : undefined;
          const tabs = Array.from({ length: count }, () => openTab(browser, lock));
          const open = new Set(tabs);
          const targets = new Map<string, Target>();
          let counter = 0;
          for (const step of steps) {
            const tab = 'tab' in step ? tabs[step.tab % count] : undefined;
            // A closed tab only has its last writes on their way; the last open tab stays open.
            if (tab && !open.has(tab) && step.do !== 'commit') continue;
            if (step.do === 'close' && tab && open.size > 1) {
              void tab.engine.flush(true);
              close(browser, tab);
              open.delete(tab);
            } else if (step.do === 'edit' && tab) applyEdit(tab, step.tab % count, step.edit, `m${counter++}`, targets);
            else if (step.do === 'flush') void tab?.engine.flush();
            else if (step.do === 'pagehide') void tab?.engine.flush(true);
            else if (step.do === 'timer') tab?.fireTimers();
            else if (step.do === 'commit' && tab) browser.commit(tab.sim);
            else if (step.do === 'sync' && tab) browser.sync(tab.sim);
            else if (step.do === 'deliver') browser.deliver(step.index);
            else if (step.do === 'grant') lock?.grant();
          }
          for (const tab of tabs) while (browser.commit(tab.sim));
          settle(browser, [...open], lock);
          const final = storedDoc(browser);
          expectEveryEdit(final, targets);
          for (const tab of open) expect(tab.engine.getDoc()).toEqual(final);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

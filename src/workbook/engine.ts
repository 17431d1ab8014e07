import { ENGINE_MESSAGES } from './engine-messages';
import { capped, createHistory, splitStored, withLineage } from './lineage';
import { CURRENT_SCHEMA_VERSION, emptyWorkbook, STORAGE_PREFIX, type Workbook, withAddedParts } from './model';
import type { ReadResult, ReadStatus } from './read-workbook';
import { createStorageAdapter, type StorageFailure } from './storage-adapter';
import { storedJson } from './stored-json';
import type * as TabMerge from './tab-merge';
import { keepUnreadableCopy } from './unreadable-copy';

/** The localStorage key of the workbook document. */
export const WORKBOOK_KEY = `${STORAGE_PREFIX}:workbook`;
/** The key beside the document that holds the checksum of what this engine last wrote. */
export const checkKeyOf = (key: string) => `${key}:check`;
/** The name of the Web Lock that saves from all tabs take turns on. */
export const LOCK_NAME = `${STORAGE_PREFIX}:workbook`;

/** A stored value as read: the result, the save's id, the document's JSON and the lineage (null: unknown). */
interface Stored extends ReadResult {
  id: string;
  text: string;
  lineage: string[] | null;
}

/**
 * Reads a stored value with full validation (readWorkbook from read-workbook.ts), or returns
 * null when the validating code is not loaded yet; the engine then waits (see onNeedsValidation).
 */
export type FullReader = (raw: string | null, now: Date) => ReadResult | null;

/** Where saving stands, for the status line. */
export type SaveState =
  | 'idle'
  | 'saving'
  | 'saved'
  | 'memory'
  | 'full'
  | 'error'
  | 'read-only'
  | 'newer'
  /** Set by the page, not the engine: the saved workbook could not be loaded yet (see client.ts). */
  | 'not-loaded';

/** The save status with a plain-English message for the student. */
export interface EngineStatus {
  state: SaveState;
  message: string;
  /** ISO time of the last successful save in this page, if any. */
  lastSavedAt?: string;
}

/** What loading found: how the stored document was read, the document, problems in words, and where an unreadable original was copied. */
export interface LoadResult {
  status: ReadStatus;
  doc: Workbook;
  problems: string[];
  backupKey?: string;
}

/** Everything the engine needs from its surroundings; all of it can be replaced in tests. */
export interface EngineOptions {
  /** Returns the Storage to use, normally `() => window.localStorage`; may throw when storage is blocked. */
  getStorage: () => Storage;
  /** The storage key; defaults to WORKBOOK_KEY. */
  key?: string;
  now?: () => Date;
  /** How long after the first unsaved change the save happens; defaults to 300 ms. */
  debounceMs?: number;
  /**
   * A big workbook (its stored text has at least `fromChars` characters; 1,000,000 by default, about
   * 1,300 people with notes) is saved only once changes pause for `pauseMs` (1 s), and at the latest
   * `maxWaitMs` (10 s) after the first unsaved change: its save blocks a slow phone for a moment,
   * and a keystroke during it would wait.
   */
  bigSave?: { fromChars: number; pauseMs: number; maxWaitMs: number };
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /**
   * Runs a save while holding the lock all tabs share (navigator.locks.request(LOCK_NAME, task)),
   * so that no tab reads between another's read and write. Without it, saves run at once.
   */
  lock?: (task: () => void) => Promise<unknown>;
  /** The merging code (tab-merge.ts), when the caller has it; otherwise it is loaded when first needed. */
  merging?: typeof TabMerge;
  /** Called once, after the first successful save (for example to call navigator.storage.persist()). */
  onFirstSave?: () => void;
  /**
   * Validates values this engine did not write itself (no matching checksum). Values it wrote carry
   * a checksum and are trusted without it, so pages can load the Zod schema only when needed.
   */
  read: FullReader;
  /** Called when a value needs `read` but it returned null; load the validator, then call flush(). */
  onNeedsValidation?: () => void;
  /** Checks a whole document before replaceAll() (restores): the parsed document, or null when invalid. */
  validate?: (doc: unknown) => Workbook | null;
}

/** The persistence engine of the workbook. */
export interface WorkbookEngine {
  /** Reads the stored workbook once (later calls return the first result); protects unreadable originals. */
  load(): LoadResult;
  /** The current workbook (loads it first if needed). */
  getDoc(): Workbook;
  /** The current save status. */
  getStatus(): EngineStatus;
  /** The current save status (same as getStatus()). */
  readonly status: EngineStatus;
  /** True while the workbook in memory holds changes that are not in storage. */
  hasUnsavedChanges(): boolean;
  /** Applies an immutable change; the recipe returns the new workbook (or the same one for no change). */
  update(recipe: (doc: Workbook) => Workbook): void;
  /**
   * Saves now if anything is unsaved, in turn with other tabs when there is a lock; `atOnce` saves
   * without waiting for the lock, for pagehide and visibilitychange, when the page may not run again.
   */
  flush(atOnce?: boolean): Promise<void>;
  /**
   * Follows a `storage` event from another tab: merges what is stored now, and the reported value
   * too when it was written over before this tab merged it (it stands in when storage cannot be read).
   */
  receiveExternal(reported: string | null): void;
  /** Replaces the whole workbook, for restoring a backup; throws if `doc` is not a valid workbook. */
  replaceAll(doc: Workbook): void;
  /** Removes the stored workbook and starts an empty one. */
  clear(): void;
  /** Calls `listener` after every change of the workbook; returns a function that stops it. */
  subscribe(listener: (doc: Workbook) => void): () => void;
  /** Calls `listener` after every change of the save status; returns a function that stops it. */
  subscribeStatus(listener: (status: EngineStatus) => void): () => void;
  /** Cancels a pending save and drops all listeners. */
  dispose(): void;
}

/** True when a list kept once per person holds two records of one person (two tabs each started one). */
function twoOfOnePerson(doc: Workbook): boolean {
  return [doc.outreach, doc.preps, doc.interviews, doc.thankYous].some((list) => {
    const people = list.map((record) => record.contactId).filter(Boolean);
    return new Set(people).size < people.length;
  });
}

/** normal: reads and writes storage; memory: storage is blocked; locked: must not write; newer: a newer site owns the data. */
type Mode = 'normal' | 'memory' | 'locked' | 'newer';

/** Calls each listener; one that throws does not stop the others, and its error is reported later. */
function emit<T>(listeners: ReadonlySet<(value: T) => void>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** Creates the persistence engine: debounced saves, three-way merges between tabs, and no silent data loss. */
export function createEngine(options: EngineOptions): WorkbookEngine {
  const key = options.key ?? WORKBOOK_KEY;
  const now = options.now ?? (() => new Date());
  const debounceMs = options.debounceMs ?? 300;
  const bigSave = options.bigSave ?? { fromChars: 1_000_000, pauseMs: 1000, maxWaitMs: 10_000 };
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => globalThis.setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((handle: unknown) => globalThis.clearTimeout(handle as Parameters<typeof clearTimeout>[0]));
  const storage = createStorageAdapter(options.getStorage);
  const docListeners = new Set<(doc: Workbook) => void>();
  const statusListeners = new Set<(status: EngineStatus) => void>();

  let loaded: LoadResult | null = null;
  let mode: Mode = 'normal';
  let doc = emptyWorkbook(now());
  /** The saves this tab read or wrote: the possible common ancestors of its merges. */
  const history = createHistory();
  /** The stored text this tab last read or wrote (null when nothing is stored). */
  let syncedRaw: string | null = null;
  /** The ids of that save and of the saves it was made from, newest first: the lineage of the next write. */
  let chain: string[] = [];
  let dirty = false;
  let timer: { handle: unknown } | null = null;
  /** For a big workbook: the latest moment its save waits for (see bigSave). */
  let deadline: { handle: unknown } | null = null;
  /** A save waiting for the lock. */
  let waiting: Promise<void> | null = null;
  /** The merging code, once loaded: it is needed only when another tab saved. */
  let merging = options.merging;
  let mergingLoad: Promise<typeof TabMerge> | undefined;
  let status: EngineStatus = { state: 'idle', message: ENGINE_MESSAGES.idle };
  let savedOnce = false;

  /**
   * Reads a stored value: trusted without validation when its checksum (in its lineage, or beside
   * it for texts without one) shows this engine wrote it and it is of the current version, else
   * through the full reader (null: validator not loaded).
   */
  function readStored(raw: string | null): Stored | null {
    // Nothing stored: the id, text and lineage of a save are never read for it (see synced()).
    if (raw === null) return { status: 'empty', doc: emptyWorkbook(now()), problems: [] } as unknown as Stored;
    const { body, id, lineage } = splitStored(raw);
    const check = lineage ? null : storage.read(checkKeyOf(key));
    if (!check || (check.ok && check.value === id)) {
      try {
        // With a lineage, the stored text itself is parsed and its "_lineage" key dropped: parsing
        // the document's text (the stored text cut and closed, a joined string) is about 2.5 times
        // slower for a 4 MB workbook.
        const parsed = JSON.parse(lineage ? raw : body) as Workbook & { _lineage?: string };
        if (lineage) delete parsed._lineage;
        if (parsed?.schemaVersion === CURRENT_SCHEMA_VERSION) {
          return { status: 'ok', doc: withAddedParts(parsed), problems: [], id, text: body, lineage };
        }
      } catch {
        // Not JSON after all: validate fully below.
      }
    }
    const result = options.read(body, now());
    return result && { ...result, id, text: JSON.stringify(result.doc), lineage };
  }

  /**
   * Reads what another tab stored and follows what cannot be merged: a clear, a value from a newer
   * version, or one that needs the validator, not loaded yet (then the edits wait for it). Returns
   * the value read otherwise.
   */
  function readOther(value: string | null): Stored | null {
    if (value === null) {
      clearedElsewhere();
      return null;
    }
    const remote = readStored(value);
    if (remote === null) options.onNeedsValidation?.();
    else if (remote.status === 'newer') becomeNewer();
    else return remote;
    return null;
  }

  /**
   * Records the stored value this tab is now in step with; with `m` (the merging code), this tab's
   * document was merged with it, so the next save is made from both.
   */
  function synced(raw: string | null, read: Stored, m?: typeof TabMerge): void {
    syncedRaw = raw;
    if (raw === null) {
      chain = [];
      return;
    }
    const lineage = [read.id, ...(read.lineage ?? [])];
    chain = capped(m ? m.joinLineages(lineage, chain) : lineage);
    history.remember(read.id, read.text, read.lineage ?? []);
  }

  /** Runs `next` with the merging code, loading it first if needed (a failed load is tried again next time). */
  function withMerging(next: () => void): void {
    if (merging) {
      next();
      return;
    }
    mergingLoad ??= import('./tab-merge');
    mergingLoad.then(
      (m) => {
        merging = m;
        next();
      },
      () => {
        mergingLoad = undefined;
      },
    );
  }

  /** Merges a document another tab stored into this tab's (see tab-merge.ts). */
  function mergeIn(m: typeof TabMerge, remote: Stored): Workbook {
    return m.mergeSave(history.saves, doc, remote, history.saves.get(chain[0] ?? '')?.text ?? null, now());
  }

  /**
   * Takes in a value another tab stored (`raw`, read as `remote`): merges it with this tab's document
   * and records it as the value this tab is now in step with. Returns the merged document; saving and
   * following another tab's save both come through here.
   */
  function absorbRemote(m: typeof TabMerge, raw: string | null, remote: Stored): Workbook {
    const merged = mergeIn(m, remote);
    synced(raw, remote, m);
    return merged;
  }

  /** Takes a merged document; when it holds more than what is stored, it is saved soon. */
  function adopt(m: typeof TabMerge, merged: Workbook, stored: Workbook): void {
    setDoc(merged);
    if (!dirty && merged !== stored && !m.deepEqual(merged, stored)) markDirty();
    joinPeople();
  }

  /**
   * Joins two records of one person, which merging two tabs' saves can make, into one that keeps
   * everything written in both (one-per-person.ts), then saves it.
   */
  function joinPeople(): void {
    if (!twoOfOnePerson(doc)) return;
    withMerging(() => {
      const joined = merging?.onePerPerson(doc) ?? doc;
      if (joined === doc) return;
      setDoc(joined);
      markDirty();
    });
  }

  /** Changes the status and tells listeners. */
  function setStatus(state: SaveState, message: string, lastSavedAt = status.lastSavedAt): void {
    status = lastSavedAt === undefined ? { state, message } : { state, message, lastSavedAt };
    emit(statusListeners, status);
  }

  /** Changes the document and tells listeners. */
  function setDoc(next: Workbook): void {
    doc = next;
    emit(docListeners, doc);
  }

  /** Cancels a pending save. */
  function cancelTimer(): void {
    if (timer) clearTimer(timer.handle);
    if (deadline) clearTimer(deadline.handle);
    timer = null;
    deadline = null;
  }

  /** Reports a failed storage operation; the document stays in memory. */
  function failed(reason: StorageFailure): void {
    if (reason === 'blocked') {
      mode = 'memory';
      setStatus('memory', ENGINE_MESSAGES.memory);
    } else if (reason === 'full') {
      setStatus('full', ENGINE_MESSAGES.full);
    } else {
      setStatus('error', ENGINE_MESSAGES.error);
    }
  }

  /** Stops writing for good: a newer version of the site wrote the stored document. */
  function becomeNewer(): void {
    mode = 'newer';
    cancelTimer();
    setStatus('newer', ENGINE_MESSAGES.newer);
  }

  /** Stops writing for good: what is stored could not be protected. */
  function lock(message: string): void {
    mode = 'locked';
    cancelTimer();
    setStatus('read-only', message);
  }

  /** Follows a clear made in another tab: starts an empty workbook. */
  function clearedElsewhere(): void {
    cancelTimer();
    dirty = false;
    syncedRaw = null;
    chain = [];
    history.clear();
    setDoc(emptyWorkbook(now()));
    setStatus('idle', ENGINE_MESSAGES.clearedElsewhere);
  }

  /** Writes the current document with its lineage, and records it as the document this tab is in step with. */
  function writeNow(): void {
    const body = storedJson(doc);
    const { text, id } = withLineage(body, chain);
    const written = storage.write(key, text);
    if (!written.ok) {
      failed(written.reason);
      return;
    }
    // The id beside the text tells tools that a save happened; the text's own lineage is what is trusted.
    storage.write(checkKeyOf(key), id);
    history.remember(id, body, chain);
    syncedRaw = text;
    chain = capped([id, ...chain]);
    dirty = false;
    setStatus('saved', ENGINE_MESSAGES.saved, now().toISOString());
    if (!savedOnce) {
      savedOnce = true;
      try {
        options.onFirstSave?.();
      } catch {
        // The hook is a courtesy (such as asking for persistent storage); its failure must not affect saving.
      }
    }
  }

  /**
   * Saves unsaved changes, first merging in whatever another tab stored since our last read or
   * write. `leaving`: the page may not run again, so there is no waiting for the merging code.
   */
  function save(leaving = false): void {
    cancelTimer();
    if (!dirty || mode !== 'normal') return;
    const read = storage.read(key);
    if (!read.ok) {
      failed(read.reason);
      return;
    }
    const stored = read.value;
    if (stored !== syncedRaw) {
      const remote = readOther(stored);
      // (A null `stored`, a clear in another tab, has no `remote`.)
      if (!remote || stored === null) return;
      const damaged = remote.status === 'partial' || remote.status === 'corrupt';
      if (damaged && keepUnreadableCopy(storage, key, stored, now()) === null) {
        lock(ENGINE_MESSAGES.copyFailed);
        return;
      }
      if (remote.status !== 'corrupt' && merging) {
        const merged = absorbRemote(merging, stored, remote);
        if (merged !== doc) setDoc(merged);
      } else if (remote.status !== 'corrupt' && !leaving) {
        // Keep the edits; they are saved once the merging code is here.
        withMerging(() => void lockedSave());
        return;
      }
      // Leaving before the merging code came, this tab's document is written as it is, with its own
      // lineage: the tab that stored `stored` merges it back when it hears of this save.
    }
    writeNow();
    joinPeople();
  }

  /** Saves while holding the lock shared by all tabs (at once without one); one request waits at a time. */
  function lockedSave(): Promise<void> {
    const lock = options.lock;
    if (!lock || !dirty || mode !== 'normal') {
      save();
      return Promise.resolve();
    }
    waiting ??= new Promise<void>((done) => {
      const run = () => {
        waiting = null;
        save();
        done();
      };
      lock(run).catch(run);
    });
    return waiting;
  }

  /** A timer that cancels the other pending one and saves after `ms`. */
  function saveAfter(ms: number): { handle: unknown } {
    const pending: { handle: unknown } = { handle: undefined };
    pending.handle = setTimer(() => {
      if (timer !== pending && deadline !== pending) return;
      cancelTimer();
      void lockedSave();
    }, ms);
    return pending;
  }

  /**
   * Schedules a save `debounceMs` after the first unsaved change, collapsing the changes in between;
   * for a big workbook, once changes pause (see bigSave).
   */
  function scheduleSave(): void {
    if ((syncedRaw?.length ?? 0) < bigSave.fromChars) {
      timer ??= saveAfter(debounceMs);
      return;
    }
    if (timer) clearTimer(timer.handle);
    timer = saveAfter(bigSave.pauseMs);
    deadline ??= saveAfter(bigSave.maxWaitMs);
  }

  /** Notes an unsaved change and schedules its save. */
  function markDirty(): void {
    dirty = true;
    if (mode !== 'normal') return;
    if (status.state !== 'full' && status.state !== 'error') setStatus('saving', ENGINE_MESSAGES.saving);
    scheduleSave();
  }

  /** Reads the stored workbook once; copies an unreadable original aside before anything can overwrite it. */
  function load(): LoadResult {
    if (loaded) return loaded;
    const read = storage.read(key);
    if (!read.ok) {
      if (read.reason === 'blocked') {
        mode = 'memory';
        setStatus('memory', ENGINE_MESSAGES.memory);
        loaded = { status: 'empty', doc, problems: [] };
      } else {
        lock(ENGINE_MESSAGES.readFailed);
        loaded = { status: 'empty', doc, problems: ['Your saved answers could not be read just now.'] };
      }
      return loaded;
    }
    const raw = read.value;
    const result = readStored(raw);
    if (result === null) {
      options.onNeedsValidation?.();
      throw new Error('The stored workbook needs validation: load the validator (options.read) before load().');
    }
    let backupKey: string | null = null;
    doc = result.doc;
    synced(raw, result);
    if (result.status === 'newer') {
      becomeNewer();
    } else if ((result.status === 'partial' || result.status === 'corrupt') && raw !== null) {
      backupKey = keepUnreadableCopy(storage, key, raw, now());
      if (backupKey === null) lock(ENGINE_MESSAGES.copyFailed);
    }
    const { status, problems } = result;
    loaded = backupKey === null ? { status, doc, problems } : { status, doc, problems, backupKey };
    emit(docListeners, doc);
    // Two records of one person, as two tabs could make before merges joined them: show them as one.
    joinPeople();
    if (backupKey !== null) {
      // The original is safe under backupKey: store what could be read, so the next visit loads cleanly.
      dirty = true;
      save();
    }
    return loaded;
  }

  /** Follows a `storage` event from another tab (see WorkbookEngine.receiveExternal). */
  function receiveExternal(reported: string | null): void {
    // Before load() there is nothing to merge: load() reads the newest value itself.
    if (!loaded || mode !== 'normal') return;
    const m = merging;
    if (!m) {
      withMerging(() => receiveExternal(reported));
      return;
    }
    // A storage event can arrive after this tab's own save already read, merged and replaced the
    // value it reports, so what is stored now is merged first.
    const current = storage.read(key);
    const newValue = current.ok ? current.value : reported;
    if (newValue !== syncedRaw) {
      const remote = readOther(newValue);
      if (!remote) return;
      // A damaged value is left for save(), which copies it aside before writing over it.
      if (remote.status !== 'ok' && remote.status !== 'migrated') return;
      adopt(m, absorbRemote(m, newValue, remote), remote.doc);
    }
    // The reported value may be a save that was written over before this tab read it (say, the
    // last save of a tab that closed, replaced by a tab that had not seen it). If this tab has not
    // merged it, nor anything made from it, and knows its ancestor, it is merged too.
    if (reported === null || reported === newValue || newValue === null) return;
    const lost = readStored(reported);
    if (
      !lost ||
      (lost.status !== 'ok' && lost.status !== 'migrated') ||
      !m.isLost(history.saves, lost.id, lost.lineage)
    ) {
      return;
    }
    const merged = mergeIn(m, lost);
    history.remember(lost.id, lost.text, lost.lineage ?? []);
    chain = capped(m.joinLineages(chain, [lost.id, ...(lost.lineage ?? [])]));
    if (merged !== doc && !m.deepEqual(merged, doc)) {
      setDoc(merged);
      markDirty();
      joinPeople();
    }
  }

  /** Loads first when needed, so nothing is ever written before the stored document was read. */
  function ensureLoaded(): void {
    if (!loaded) load();
  }

  return {
    load,
    getDoc() {
      ensureLoaded();
      return doc;
    },
    getStatus: () => status,
    get status() {
      return status;
    },
    hasUnsavedChanges: () => dirty,
    update(recipe) {
      ensureLoaded();
      const next = recipe(doc);
      if (next === doc) return;
      setDoc({ ...next, updatedAt: now().toISOString() });
      markDirty();
    },
    flush(atOnce) {
      if (!loaded) return Promise.resolve();
      if (!atOnce) return lockedSave();
      save(true);
      return Promise.resolve();
    },
    receiveExternal,
    replaceAll(next) {
      ensureLoaded();
      const valid = options.validate ? options.validate(next) : next;
      if (!valid) throw new TypeError('replaceAll() needs a valid workbook; use parseBackup() first.');
      cancelTimer();
      dirty = true;
      setDoc({ ...valid, updatedAt: now().toISOString() });
      if (mode === 'normal') writeNow();
    },
    clear() {
      ensureLoaded();
      cancelTimer();
      setDoc(emptyWorkbook(now()));
      if (mode !== 'normal') {
        dirty = false;
        return;
      }
      const removed = storage.remove(key);
      storage.remove(checkKeyOf(key));
      if (!removed.ok) {
        dirty = true;
        failed(removed.reason);
        return;
      }
      dirty = false;
      syncedRaw = null;
      chain = [];
      history.clear();
      setStatus('idle', ENGINE_MESSAGES.cleared);
    },
    subscribe(listener) {
      docListeners.add(listener);
      return () => docListeners.delete(listener);
    },
    subscribeStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    dispose() {
      cancelTimer();
      docListeners.clear();
      statusListeners.clear();
    },
  };
}

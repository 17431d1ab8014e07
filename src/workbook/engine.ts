import { fnv1a } from './checksum';
import { ENGINE_MESSAGES } from './engine-messages';
import { mergeWorkbooks } from './merge';
import { CURRENT_SCHEMA_VERSION, emptyWorkbook, STORAGE_PREFIX, type Workbook } from './model';
import type { ReadResult, ReadStatus } from './read-workbook';
import { createStorageAdapter, type StorageFailure } from './storage-adapter';
import { keepUnreadableCopy } from './unreadable-copy';

/** The localStorage key of the workbook document. */
export const WORKBOOK_KEY = `${STORAGE_PREFIX}:workbook`;
/** The key beside the document that holds the checksum of what this engine last wrote. */
export const checkKeyOf = (key: string) => `${key}:check`;

/**
 * Reads a stored value with full validation (readWorkbook from read-workbook.ts), or returns
 * null when the validating code is not loaded yet; the engine then waits (see onNeedsValidation).
 */
export type FullReader = (raw: string | null, now: Date) => ReadResult | null;

/** Where saving stands, for the status line. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'memory' | 'full' | 'error' | 'read-only' | 'newer';

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
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
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
  /** Applies an immutable change; the recipe returns the new workbook (or the same one for no change). */
  update(recipe: (doc: Workbook) => Workbook): void;
  /** Saves now if anything is unsaved (call it on pagehide and visibilitychange). */
  flush(): void;
  /** Follows a `storage` event from another tab: merges what is stored now (`reported` is used only when storage cannot be read). */
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

/** A stored value as read; `asStored` when its document is exactly the stored text, parsed (trusted by its checksum). */
type StoredRead = ReadResult & { asStored?: boolean };

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
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => globalThis.setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((handle: unknown) => globalThis.clearTimeout(handle as Parameters<typeof clearTimeout>[0]));
  const storage = createStorageAdapter(options.getStorage);
  const docListeners = new Set<(doc: Workbook) => void>();
  const statusListeners = new Set<(status: EngineStatus) => void>();

  let loaded: LoadResult | null = null;
  let mode: Mode = 'normal';
  let doc = emptyWorkbook(now());
  /**
   * The last document known to match storage: the common ancestor for three-way merges. It must be
   * a private copy: documents handed to listeners may be changed in place by UI stores (Solid's
   * reconcile does), and a changed ancestor would drop edits in merges. When it is exactly what
   * storage holds, it is kept as that text and parsed only when a merge needs it: copying 5,000
   * people at every load and save took longer than the save itself.
   */
  let baseDoc: Workbook | undefined = structuredClone(doc);
  let baseText: string | null = null;
  /** The merge ancestor, parsed from its text the first time a merge needs it. */
  const base = (): Workbook => {
    baseDoc ??= baseText === null ? emptyWorkbook(now()) : (JSON.parse(baseText) as Workbook);
    return baseDoc;
  };
  const setBase = (next: Workbook) => {
    baseDoc = structuredClone(next);
    baseText = null;
  };
  /** Sets the ancestor to the document stored as `text`: a fresh parse of it is always a private copy. */
  const setBaseText = (text: string) => {
    baseDoc = undefined;
    baseText = text;
  };
  /** Sets the ancestor to what reading `text` gave: the text itself when it was read as it is, else a copy. */
  const setBaseRead = (read: StoredRead, text: string) => {
    if (read.asStored) setBaseText(text);
    else setBase(read.doc);
  };
  /** The stored text `base` came from (null when nothing is stored). */
  let syncedRaw: string | null = null;
  let dirty = false;
  let timer: { handle: unknown } | null = null;
  let status: EngineStatus = { state: 'idle', message: ENGINE_MESSAGES.idle };
  let savedOnce = false;

  /**
   * Reads a stored value: trusted without validation when its checksum shows this engine wrote it
   * (and it is of the current version), else through the full reader (null: validator not loaded).
   */
  function readStored(raw: string | null): StoredRead | null {
    if (raw === null) return { status: 'empty', doc: emptyWorkbook(now()), problems: [] };
    const check = storage.read(checkKeyOf(key));
    if (check.ok && check.value === fnv1a(raw)) {
      try {
        const parsed = JSON.parse(raw) as Workbook;
        if (parsed?.schemaVersion === CURRENT_SCHEMA_VERSION)
          return { status: 'ok', doc: parsed, problems: [], asStored: true };
      } catch {
        // Not JSON after all: validate fully below.
      }
    }
    return options.read(raw, now());
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
    timer = null;
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
    setBase(emptyWorkbook(now()));
    setDoc(emptyWorkbook(now()));
    setStatus('idle', ENGINE_MESSAGES.clearedElsewhere);
  }

  /** Writes the current document and records it as the new common ancestor. */
  function writeNow(): void {
    const text = JSON.stringify(doc);
    const written = storage.write(key, text);
    if (!written.ok) {
      failed(written.reason);
      return;
    }
    // If this second write fails, the old checksum no longer matches: the next read validates fully.
    storage.write(checkKeyOf(key), fnv1a(text));
    syncedRaw = text;
    setBaseText(text);
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

  /** Saves unsaved changes, first merging in whatever another tab stored since our last read or write. */
  function save(): void {
    cancelTimer();
    if (!dirty || mode !== 'normal') return;
    const read = storage.read(key);
    if (!read.ok) {
      failed(read.reason);
      return;
    }
    const stored = read.value;
    if (stored !== syncedRaw) {
      if (stored === null) {
        clearedElsewhere();
        return;
      }
      const remote = readStored(stored);
      if (remote === null) {
        // Written by something else and the validator is not loaded yet: wait for it, keep the edits.
        options.onNeedsValidation?.();
        return;
      }
      if (remote.status === 'newer') {
        becomeNewer();
        return;
      }
      const damaged = remote.status === 'partial' || remote.status === 'corrupt';
      if (damaged && keepUnreadableCopy(storage, key, stored, now()) === null) {
        lock(ENGINE_MESSAGES.copyFailed);
        return;
      }
      syncedRaw = stored;
      if (remote.status !== 'corrupt') {
        const merged = mergeWorkbooks(base(), doc, remote.doc);
        setBaseRead(remote, stored);
        if (merged !== doc) setDoc(merged);
      }
    }
    writeNow();
  }

  /** Schedules a save `debounceMs` after the first unsaved change, collapsing the changes in between. */
  function scheduleSave(): void {
    if (timer) return;
    const pending: { handle: unknown } = { handle: undefined };
    timer = pending;
    pending.handle = setTimer(() => {
      if (timer === pending) timer = null;
      save();
    }, debounceMs);
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
    if (raw === null) setBase(result.doc);
    else setBaseRead(result, raw);
    syncedRaw = raw;
    if (result.status === 'newer') {
      becomeNewer();
    } else if ((result.status === 'partial' || result.status === 'corrupt') && raw !== null) {
      backupKey = keepUnreadableCopy(storage, key, raw, now());
      if (backupKey === null) lock(ENGINE_MESSAGES.copyFailed);
    }
    loaded = backupKey === null ? { ...result } : { ...result, backupKey };
    emit(docListeners, doc);
    if (backupKey !== null) {
      // The original is safe under backupKey: store what could be read, so the next visit loads cleanly.
      dirty = true;
      save();
    }
    return loaded;
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
    update(recipe) {
      ensureLoaded();
      const next = recipe(doc);
      if (next === doc) return;
      dirty = true;
      setDoc({ ...next, updatedAt: now().toISOString() });
      if (mode !== 'normal') return;
      if (status.state !== 'full' && status.state !== 'error') setStatus('saving', ENGINE_MESSAGES.saving);
      scheduleSave();
    },
    flush() {
      if (loaded) save();
    },
    receiveExternal(reported) {
      // Before load() there is nothing to merge: load() reads the newest value itself.
      if (!loaded || mode !== 'normal') return;
      // A storage event can arrive after this tab's own save already read, merged and replaced the
      // value it reports: merging that older value would undo newer edits. Use what is stored now.
      const current = storage.read(key);
      const newValue = current.ok ? current.value : reported;
      if (newValue === syncedRaw) return;
      if (newValue === null) {
        clearedElsewhere();
        return;
      }
      const remote = readStored(newValue);
      if (remote === null) {
        options.onNeedsValidation?.();
        return;
      }
      if (remote.status === 'newer') {
        becomeNewer();
        return;
      }
      // A damaged value is left for save(), which copies it aside before writing over it.
      if (remote.status !== 'ok' && remote.status !== 'migrated') return;
      const merged = mergeWorkbooks(base(), doc, remote.doc);
      setBaseRead(remote, newValue);
      syncedRaw = newValue;
      setDoc(merged);
    },
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
        dirty = true;
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
      setBase(doc);
      syncedRaw = null;
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

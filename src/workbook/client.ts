// The workbook in the browser: one engine per page, exposed as nanostores atoms for the islands.
// The Zod validator is fetched only when a stored value was not written by this site's engine
// (see checksums in engine.ts), so worksheet pages stay small.
import { atom } from 'nanostores';
import {
  createEngine,
  type EngineStatus,
  type FullReader,
  LOCK_NAME,
  type LoadResult,
  WORKBOOK_KEY,
  type WorkbookEngine,
} from './engine';
import { ENGINE_MESSAGES } from './engine-messages';
import { guardLeaving } from './leave-guard';
import { loadFinished, loadStarted } from './load-gate';
import { emptyWorkbook, type Workbook } from './model';

/** Whether the browser promised to keep this site's storage (navigator.storage.persist()). */
export type Persistence = 'unknown' | 'granted' | 'refused' | 'unsupported';

/** The student's workbook; the empty workbook until the saved one is loaded. */
export const $workbook = atom<Workbook>(emptyWorkbook(new Date(0)));
/** True once the saved workbook is loaded (worksheets show the empty one until then). */
export const $ready = atom(false);
/** The save status shown in the status line. */
export const $saveStatus = atom<EngineStatus>({ state: 'idle', message: ENGINE_MESSAGES.idle });
/**
 * What loading found (problems with saved data, where an unreadable copy was kept), without the
 * document: a status line reading it through a store would compare the whole workbook.
 */
export const $loadResult = atom<Omit<LoadResult, 'doc'> | undefined>(undefined);
/** The answer to navigator.storage.persist(), asked at the first save. */
export const $persistence = atom<Persistence>('unknown');
/** True while changes are unsaved and saving is failing: leaving the page asks first. */
export const $unsavedFailing = atom(false);

let engine: WorkbookEngine | undefined;
let fullReader: FullReader | undefined;
let validator: Promise<void> | undefined;
/** Changes made before loading finished; applied in order right after. */
const waiting: Array<(doc: Workbook) => Workbook> = [];

/** Fetches the validating reader (Zod) once; a fetch that failed (a lost connection) is tried again at the next call. */
function loadValidator(): Promise<void> {
  validator ??= import('./read-workbook').then(
    (m) => {
      fullReader = m.readWorkbook;
    },
    (error: unknown) => {
      validator = undefined;
      throw error;
    },
  );
  return validator;
}

/** How long to wait before fetching the validator again after each failed fetch (the last one repeats). */
const RETRY_MS = [1_000, 3_000, 10_000];

/** Reads what is stored now, or null when storage is blocked. */
function storedNow(): string | null {
  try {
    return window.localStorage.getItem(WORKBOOK_KEY);
  } catch {
    return null;
  }
}

/** Asks the browser to keep this site's storage; records the answer. */
async function askPersistence(): Promise<void> {
  const storage = navigator.storage;
  if (!storage?.persist) {
    $persistence.set('unsupported');
    return;
  }
  try {
    const already = (await storage.persisted?.()) ?? false;
    $persistence.set(already || (await storage.persist()) ? 'granted' : 'refused');
  } catch {
    $persistence.set('refused');
  }
}

/**
 * Loads the stored workbook into the atoms, fetching the validator first when it is needed. While
 * the validator cannot be fetched, the status says the saved answers have not loaded (worksheets
 * keep showing them as not loaded, and nothing is saved over them) and the fetch is tried again.
 */
function loadInto(e: WorkbookEngine, failures = 0): void {
  try {
    const { doc: _doc, ...found } = e.load();
    $loadResult.set(found);
  } catch (error) {
    if (fullReader) {
      // The validator is here, so this is not a value waiting for it: say so rather than wait forever.
      $saveStatus.set({ state: 'read-only', message: ENGINE_MESSAGES.readFailed });
      globalThis.reportError?.(error);
      return;
    }
    loadValidator().then(
      () => loadInto(e, failures),
      () => {
        $saveStatus.set({ state: 'not-loaded', message: ENGINE_MESSAGES.notLoaded });
        setTimeout(() => loadInto(e, failures + 1), RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]);
      },
    );
    return;
  }
  $workbook.set(e.getDoc());
  $saveStatus.set(e.getStatus());
  for (const recipe of waiting.splice(0)) e.update(recipe);
  $ready.set(true);
  // Worksheets now show the saved answers: fields may settle text typed early, entries may submit.
  loadFinished();
}

/** Starts the engine once per page: reads storage, follows other tabs, saves when the page is left. */
export function startWorkbook(): WorkbookEngine {
  if (engine) return engine;
  const e = createEngine({
    getStorage: () => window.localStorage,
    read: (raw, now) => fullReader?.(raw, now) ?? null,
    // A failed fetch is tried again at the next change from another tab (or by loadInto while loading).
    onNeedsValidation: () =>
      void loadValidator().then(
        () => {
          if (!$ready.get()) return;
          e.receiveExternal(storedNow());
          void e.flush();
        },
        () => undefined,
      ),
    onFirstSave: () => void askPersistence(),
    // Saves from all tabs take turns (Web Locks). Where the API is missing (old browsers, pages
    // not served over HTTPS) saves run at once, and the lineage of each save still lets merges
    // keep both tabs' edits.
    ...(navigator.locks && { lock: (task: () => void) => navigator.locks.request(LOCK_NAME, task) }),
  });
  engine = e;
  loadStarted();
  e.subscribe((doc) => $workbook.set(doc));
  e.subscribeStatus((status) => $saveStatus.set(status));
  guardLeaving(e, window, (asks) => $unsavedFailing.set(asks));
  loadInto(e);
  window.addEventListener('storage', (event) => {
    if (!$ready.get()) return;
    if (event.key === WORKBOOK_KEY || event.key === null) {
      e.receiveExternal(event.key === null ? null : event.newValue);
    }
  });
  // The page may not run again after these: save at once rather than wait for the lock.
  window.addEventListener('pagehide', () => void e.flush(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void e.flush(true);
  });
  void navigator.storage?.persisted?.().then((yes) => {
    if (yes) $persistence.set('granted');
  });
  return e;
}

/** A change to the workbook: the workbook after it, or the same workbook when it changes nothing. */
type Recipe = (doc: Workbook) => Workbook;
/** What each change made through updateWorkbook passes through first (see markChanges). */
let marker: ((recipe: Recipe) => Recipe) | undefined;

/**
 * Has each change made through updateWorkbook from now on pass through `mark` when it is made, so
 * that a page can add to it (the worksheet it comes from: worksheets/shared/touch-source.ts).
 */
export function markChanges(mark: (recipe: Recipe) => Recipe): void {
  marker = mark;
}

/** Applies a change to the workbook (it is saved a moment later); waits if loading is not finished. */
export function updateWorkbook(recipe: Recipe): void {
  const e = startWorkbook();
  const change = marker ? marker(recipe) : recipe;
  if ($ready.get()) e.update(change);
  else waiting.push(change);
}

/**
 * The saved workbook once loading has finished (starting the workbook if it is not yet): what a
 * backup, a text copy or a move must hold, even when asked for while the page is still loading.
 */
export function loadedWorkbook(): Promise<Workbook> {
  startWorkbook();
  if ($ready.get()) return Promise.resolve($workbook.get());
  return new Promise((resolve) => {
    const stop = $ready.listen((ready) => {
      if (!ready) return;
      stop();
      resolve($workbook.get());
    });
  });
}

/** The workbook now (the empty one until loading finishes). */
export function currentWorkbook(): Workbook {
  return $workbook.get();
}

/** Replaces the whole workbook with a backup already validated by parseBackup(). */
export function replaceWorkbook(doc: Workbook): void {
  startWorkbook().replaceAll(doc);
}

/** Deletes the workbook from this browser. */
export function clearWorkbook(): void {
  startWorkbook().clear();
}

// The workbook in the browser: one engine per page, exposed as nanostores atoms for the islands.
import { atom } from 'nanostores';
import { createEngine, type EngineStatus, type LoadResult, WORKBOOK_KEY, type WorkbookEngine } from './engine';
import { ENGINE_MESSAGES } from './engine-messages';
import { emptyWorkbook, type Workbook } from './schema';

/** Whether the browser promised to keep this site's storage (navigator.storage.persist()). */
export type Persistence = 'unknown' | 'granted' | 'refused' | 'unsupported';

/** The student's workbook; the empty workbook until startWorkbook() has read storage. */
export const $workbook = atom<Workbook>(emptyWorkbook(new Date(0)));
/** The save status shown in the status line. */
export const $saveStatus = atom<EngineStatus>({ state: 'idle', message: ENGINE_MESSAGES.idle });
/** What loading found (problems with saved data, where an unreadable copy was kept). */
export const $loadResult = atom<LoadResult | undefined>(undefined);
/** The answer to navigator.storage.persist(), asked at the first save. */
export const $persistence = atom<Persistence>('unknown');

let engine: WorkbookEngine | undefined;

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

/** Starts the engine once per page: reads storage, follows other tabs, saves when the page is left. */
export function startWorkbook(): WorkbookEngine {
  if (engine) return engine;
  const e = createEngine({ getStorage: () => window.localStorage, onFirstSave: () => void askPersistence() });
  engine = e;
  e.subscribe((doc) => $workbook.set(doc));
  e.subscribeStatus((status) => $saveStatus.set(status));
  $loadResult.set(e.load());
  $workbook.set(e.getDoc());
  $saveStatus.set(e.getStatus());
  window.addEventListener('storage', (event) => {
    if (event.key === WORKBOOK_KEY || event.key === null) {
      e.receiveExternal(event.key === null ? null : event.newValue);
    }
  });
  window.addEventListener('pagehide', () => e.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') e.flush();
  });
  void navigator.storage?.persisted?.().then((yes) => {
    if (yes) $persistence.set('granted');
  });
  return e;
}

/** Applies a change to the workbook (it is saved a moment later). */
export function updateWorkbook(recipe: (doc: Workbook) => Workbook): void {
  startWorkbook().update(recipe);
}

/** Replaces the whole workbook with a validated backup. */
export function replaceWorkbook(doc: Workbook): void {
  startWorkbook().replaceAll(doc);
}

/** Deletes the workbook from this browser. */
export function clearWorkbook(): void {
  startWorkbook().clear();
}

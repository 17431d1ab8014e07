// "Clear my data": removes everything the site stored in this browser for the workbook: every
// `networking-guide:` key in localStorage and sessionStorage (the workbook, its checksum, recovery
// copies, backup reminders, the theme), IndexedDB databases and Cache Storage caches named after
// the site. The service worker's offline copy of the pages stays: it holds no answers.
import { STORAGE_PREFIX } from './model';

/** Where the site may have stored something; each may be missing or blocked. */
export interface SiteStores {
  local?: () => Storage;
  session?: () => Storage;
  indexedDB?: IDBFactory;
  caches?: CacheStorage;
}

/** Caches of the offline service worker (Workbox's precache and runtime, and the previous version's files). */
const OFFLINE_CACHES = [`${STORAGE_PREFIX}-precache`, `${STORAGE_PREFIX}-runtime`, `${STORAGE_PREFIX}-previous`];

/** The browser's own stores, each read only if it exists. */
export function browserStores(): SiteStores {
  return {
    local: () => window.localStorage,
    session: () => window.sessionStorage,
    indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
    caches: typeof caches === 'undefined' ? undefined : caches,
  };
}

/** Removes every key of the site from one Web Storage; a blocked storage holds nothing to remove. */
function clearStorage(open: (() => Storage) | undefined, problems: string[]): void {
  let storage: Storage;
  try {
    if (!open) return;
    storage = open();
  } catch {
    return;
  }
  try {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
    for (const key of keys) if (key.startsWith(`${STORAGE_PREFIX}:`)) storage.removeItem(key);
  } catch {
    problems.push("Some saved answers could not be removed from this browser's storage.");
  }
}

/** Deletes one IndexedDB database; resolves false when it could not be deleted. */
function deleteDatabase(factory: IDBFactory, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve(true);
    request.onerror = () => resolve(false);
    // Another tab still has it open: it is deleted as soon as that tab closes it.
    request.onblocked = () => resolve(true);
  });
}

/** Deletes the site's IndexedDB databases (those named after it). */
async function clearDatabases(factory: IDBFactory | undefined, problems: string[]): Promise<void> {
  if (!factory?.databases) return;
  try {
    for (const { name } of await factory.databases()) {
      if (!name?.startsWith(STORAGE_PREFIX)) continue;
      if (!(await deleteDatabase(factory, name))) problems.push(`The database “${name}” could not be deleted.`);
    }
  } catch {
    problems.push("This browser's databases could not be listed, so some may remain.");
  }
}

/** Deletes the site's caches except the offline copy of the pages. */
async function clearCaches(storage: CacheStorage | undefined, problems: string[]): Promise<void> {
  if (!storage) return;
  try {
    for (const name of await storage.keys()) {
      if (!name.startsWith(STORAGE_PREFIX) || OFFLINE_CACHES.some((prefix) => name.startsWith(prefix))) continue;
      if (!(await storage.delete(name))) problems.push(`The cache “${name}” could not be deleted.`);
    }
  } catch {
    problems.push("This browser's caches could not be listed, so some may remain.");
  }
}

/** Removes everything the site stored for the workbook; returns what could not be removed, in words. */
export async function clearSiteData(stores: SiteStores = browserStores()): Promise<string[]> {
  const problems: string[] = [];
  clearStorage(stores.local, problems);
  clearStorage(stores.session, problems);
  await clearDatabases(stores.indexedDB, problems);
  await clearCaches(stores.caches, problems);
  return problems;
}

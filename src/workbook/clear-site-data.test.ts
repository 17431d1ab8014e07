import { describe, expect, it } from 'vitest';
import { clearSiteData, type SiteStores } from './clear-site-data';
import { createMemoryStorage } from './memory-storage.test-helpers';

/** A stand-in for indexedDB that lists databases and deletes them (or fails to). */
function fakeIndexedDB(names: string[], failing: string[] = []) {
  const databases = new Set(names);
  const factory = {
    databases: async () => [...databases].map((name) => ({ name, version: 1 })),
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      queueMicrotask(() => {
        if (failing.includes(name)) request.onerror?.();
        else {
          databases.delete(name);
          request.onsuccess?.();
        }
      });
      return request;
    },
  };
  return { databases, factory: factory as unknown as IDBFactory };
}

/** A stand-in for Cache Storage with named caches. */
function fakeCaches(names: string[]) {
  const caches = new Set(names);
  const storage = {
    keys: async () => [...caches],
    delete: async (name: string) => caches.delete(name),
  };
  return { caches, storage: storage as unknown as CacheStorage };
}

describe('clearSiteData: "Clear my data" leaves nothing of the workbook behind', () => {
  it('removes every networking-guide key from both storages, the site’s databases and its workbook caches', async () => {
    const local = createMemoryStorage();
    const session = createMemoryStorage();
    for (const key of [
      'networking-guide:workbook',
      'networking-guide:workbook:check',
      'networking-guide:workbook:unreadable:2026-03-01T09:00:00.000Z',
      'networking-guide:workbook:before-restore:2026-03-05T10:30:00.000Z',
      'networking-guide:backup:lastBackupAt',
      'networking-guide:theme',
    ])
      local.setItem(key, 'x');
    local.setItem('another-site-on-this-host', 'keep');
    session.setItem('networking-guide:draft', 'x');
    const idb = fakeIndexedDB(['networking-guide-workbook', 'networking-guide', 'someone-else']);
    const caches = fakeCaches([
      'networking-guide-workbook',
      'networking-guide-precache-v2-http://x/',
      'networking-guide-previous',
      'networking-guide-runtime-http://x/',
      'someone-else',
    ]);
    const stores: SiteStores = {
      local: () => local,
      session: () => session,
      indexedDB: idb.factory,
      caches: caches.storage,
    };

    expect(await clearSiteData(stores)).toEqual([]);
    expect(Array.from({ length: local.length }, (_, i) => local.key(i))).toEqual(['another-site-on-this-host']);
    expect(session.length).toBe(0);
    expect([...idb.databases]).toEqual(['someone-else']);
    // The offline copy of the pages may stay: it holds no answers.
    expect([...caches.caches]).toEqual([
      'networking-guide-precache-v2-http://x/',
      'networking-guide-previous',
      'networking-guide-runtime-http://x/',
      'someone-else',
    ]);
  });

  it('says in words what could not be removed, and still removes the rest', async () => {
    const local = createMemoryStorage();
    local.setItem('networking-guide:workbook', 'x');
    const idb = fakeIndexedDB(['networking-guide-workbook'], ['networking-guide-workbook']);
    const problems = await clearSiteData({
      local: () => local,
      session: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      indexedDB: idb.factory,
      caches: undefined,
    });
    expect(local.length).toBe(0);
    expect(problems).toEqual(['The database “networking-guide-workbook” could not be deleted.']);
  });
});

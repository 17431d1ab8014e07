// @vitest-environment node
import { persistentMap } from '@nanostores/persistent';
import { afterEach, describe, expect, it } from 'vitest';
import { useSafePersistentEngine } from './safe-persistent';
import { createBlockedStorageGetter, createMemoryStorage } from './storage-adapter';

const globals = globalThis as unknown as { window?: unknown };
afterEach(() => {
  delete globals.window;
});

describe('useSafePersistentEngine', () => {
  it('lets persistentMap read values already stored, instead of writing defaults over them', () => {
    const storage = createMemoryStorage();
    storage.setItem('t:backup:lastBackupAt', '2026-11-01T00:00:00.000Z');
    globals.window = { localStorage: storage, addEventListener() {}, removeEventListener() {} };
    useSafePersistentEngine();
    const meta = persistentMap('t:backup:', { lastBackupAt: '', dismissedAt: '' });
    expect(meta.get().lastBackupAt).toBe('2026-11-01T00:00:00.000Z');
    meta.setKey('dismissedAt', '2026-11-02T00:00:00.000Z');
    expect(storage.getItem('t:backup:dismissedAt')).toBe('2026-11-02T00:00:00.000Z');
    expect(storage.getItem('t:backup:lastBackupAt')).toBe('2026-11-01T00:00:00.000Z');
  });

  it('writes no key for an empty value, so showing the defaults leaves nothing behind after a clear', () => {
    const storage = createMemoryStorage();
    globals.window = { localStorage: storage, addEventListener() {}, removeEventListener() {} };
    useSafePersistentEngine();
    const meta = persistentMap('v:backup:', { lastBackupAt: '', dismissedAt: '' });
    const stop = meta.listen(() => {});
    expect(meta.get()).toEqual({ lastBackupAt: '', dismissedAt: '' });
    expect(storage.length).toBe(0);
    meta.setKey('lastBackupAt', '2026-11-01T00:00:00.000Z');
    expect(storage.getItem('v:backup:lastBackupAt')).toBe('2026-11-01T00:00:00.000Z');
    meta.set({ lastBackupAt: '', dismissedAt: '' });
    expect(storage.length).toBe(0);
    expect(meta.get()).toEqual({ lastBackupAt: '', dismissedAt: '' });
    stop();
  });

  it('keeps values in memory when storage is blocked', () => {
    const blocked = createBlockedStorageGetter();
    globals.window = {
      addEventListener() {},
      removeEventListener() {},
      get localStorage() {
        return blocked();
      },
    };
    useSafePersistentEngine();
    const meta = persistentMap('u:backup:', { lastBackupAt: '' });
    meta.setKey('lastBackupAt', 'now');
    expect(meta.get().lastBackupAt).toBe('now');
  });
});

// @vitest-environment node
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_META_PREFIX, createBackupMeta } from './backup-meta';
import { createBlockedStorageGetter, createMemoryStorage } from './memory-storage.test-helpers';
import { createStorageAdapter } from './storage-adapter';

const LAST = 'networking-guide:backup:lastBackupAt';
const DISMISSED = 'networking-guide:backup:dismissedAt';

/** A stand-in for the window: records listeners and dispatches events to them. */
function fakeWindow() {
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  return {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    removeEventListener: (type: string, listener: (event: unknown) => void) => listeners.get(type)?.delete(listener),
    dispatch: (type: string, event: unknown = {}) => {
      for (const listener of listeners.get(type) ?? []) listener(event);
    },
    count: (type: string) => listeners.get(type)?.size ?? 0,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createBackupMeta', () => {
  it('keeps the keys and format that earlier versions of the site wrote', () => {
    expect(BACKUP_META_PREFIX).toBe('networking-guide:backup:');
    const storage = createMemoryStorage();
    const meta = createBackupMeta(createStorageAdapter(() => storage));
    meta.setKey('lastBackupAt', '2026-11-01T09:00:00.000Z');
    meta.setKey('dismissedAt', '2026-11-02T10:00:00.000Z');
    expect(storage.getItem(LAST)).toBe('2026-11-01T09:00:00.000Z');
    expect(storage.getItem(DISMISSED)).toBe('2026-11-02T10:00:00.000Z');
    expect(storage.length).toBe(2);
  });

  it('starts with the values already stored and writes nothing over them on load', () => {
    const storage = createMemoryStorage();
    storage.setItem(LAST, '2026-11-01T00:00:00.000Z');
    const meta = createBackupMeta(createStorageAdapter(() => storage));
    const unsubscribe = meta.subscribe(() => {});
    expect(meta.get()).toEqual({ lastBackupAt: '2026-11-01T00:00:00.000Z', dismissedAt: '' });
    expect(storage.getItem(LAST)).toBe('2026-11-01T00:00:00.000Z');
    expect(storage.getItem(DISMISSED)).toBeNull();
    meta.setKey('dismissedAt', '2026-11-02T00:00:00.000Z');
    expect(storage.getItem(LAST)).toBe('2026-11-01T00:00:00.000Z');
    unsubscribe();
  });

  it('never throws when storage is blocked, and keeps a change in memory for the page', () => {
    const events = fakeWindow();
    const meta = createBackupMeta(createStorageAdapter(createBlockedStorageGetter()), events);
    const unsubscribe = meta.subscribe(() => {});
    expect(meta.get()).toEqual({ lastBackupAt: '', dismissedAt: '' });
    expect(() => meta.setKey('lastBackupAt', 'now')).not.toThrow();
    expect(meta.get().lastBackupAt).toBe('now');
    events.dispatch('pageshow');
    expect(meta.get().lastBackupAt).toBe('now');
    unsubscribe();
  });

  it('keeps a change that did not fit in full storage, even when the page is shown again', () => {
    const storage = createMemoryStorage(60);
    storage.setItem(LAST, 'old');
    const events = fakeWindow();
    const meta = createBackupMeta(
      createStorageAdapter(() => storage),
      events,
    );
    const unsubscribe = meta.subscribe(() => {});
    meta.setKey('lastBackupAt', '2026-11-03T00:00:00.000Z, longer than the storage can hold');
    expect(storage.getItem(LAST)).toBe('old');
    events.dispatch('pageshow');
    expect(meta.get().lastBackupAt).toBe('2026-11-03T00:00:00.000Z, longer than the storage can hold');
    unsubscribe();
  });

  it('follows changes made in another tab while it is watched, and stops listening after', () => {
    const storage = createMemoryStorage();
    const events = fakeWindow();
    const meta = createBackupMeta(
      createStorageAdapter(() => storage),
      events,
    );
    const unsubscribe = meta.subscribe(() => {});
    storage.setItem(LAST, '2026-11-04T00:00:00.000Z');
    events.dispatch('storage', { key: 'networking-guide:workbook' });
    expect(meta.get().lastBackupAt).toBe('');
    events.dispatch('storage', { key: LAST });
    expect(meta.get().lastBackupAt).toBe('2026-11-04T00:00:00.000Z');
    storage.clear();
    events.dispatch('storage', { key: null });
    expect(meta.get().lastBackupAt).toBe('');
    expect(events.count('storage')).toBe(1);
    // nanostores unmounts a store a moment after its last listener leaves.
    vi.useFakeTimers();
    unsubscribe();
    vi.advanceTimersByTime(STORE_UNMOUNT_DELAY);
    expect(events.count('storage')).toBe(0);
    expect(events.count('pageshow')).toBe(0);
  });
});

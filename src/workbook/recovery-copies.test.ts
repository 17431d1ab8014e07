import { describe, expect, it } from 'vitest';
import { createBlockedStorageGetter, createMemoryStorage } from './memory-storage.test-helpers';
import {
  deleteRecoveryCopy,
  keepRecoveryCopy,
  listRecoveryCopies,
  readRecoveryCopy,
  recoveryPrefix,
} from './recovery-copies';
import { createStorageAdapter } from './storage-adapter';

const KEY = 'networking-guide:workbook';
const NOW = new Date('2026-03-07T12:00:00.000Z');

/** A storage and its adapter. */
function setup(limit?: number) {
  const storage = createMemoryStorage(limit);
  return { storage, adapter: createStorageAdapter(() => storage) };
}

describe('recovery copies', () => {
  it('lists every copy of the workbook, newest first, with its kind, time and size in UTF-8 bytes', () => {
    const { storage, adapter } = setup();
    storage.setItem(KEY, '{"schemaVersion":1}');
    storage.setItem(`${KEY}:check`, 'abc');
    storage.setItem('networking-guide:theme', 'dark');
    storage.setItem(`${KEY}:unreadable:2026-03-01T09:00:00.000Z`, 'broken{');
    storage.setItem(`${KEY}:unreadable:2026-03-01T09:00:00.000Z-2`, 'é');
    storage.setItem(`${KEY}:before-restore:2026-03-05T10:30:00.000Z`, '{"a":1}');
    storage.setItem(`${KEY}:before-undo:2026-03-06T08:00:00.000Z`, '{}');
    storage.setItem(`${KEY}:unreadable:not-a-time`, 'x');
    expect(listRecoveryCopies(adapter, KEY)).toEqual([
      {
        key: `${KEY}:before-undo:2026-03-06T08:00:00.000Z`,
        kind: 'before-undo',
        keptAt: '2026-03-06T08:00:00.000Z',
        bytes: 2,
      },
      {
        key: `${KEY}:before-restore:2026-03-05T10:30:00.000Z`,
        kind: 'before-restore',
        keptAt: '2026-03-05T10:30:00.000Z',
        bytes: 7,
      },
      {
        key: `${KEY}:unreadable:2026-03-01T09:00:00.000Z-2`,
        kind: 'unreadable',
        keptAt: '2026-03-01T09:00:00.000Z',
        bytes: 2,
      },
      {
        key: `${KEY}:unreadable:2026-03-01T09:00:00.000Z`,
        kind: 'unreadable',
        keptAt: '2026-03-01T09:00:00.000Z',
        bytes: 7,
      },
      { key: `${KEY}:unreadable:not-a-time`, kind: 'unreadable', keptAt: '', bytes: 1 },
    ]);
  });

  it('keeps a copy under a timestamped key of its kind, reads it back and deletes it', () => {
    const { storage, adapter } = setup();
    const kept = keepRecoveryCopy(adapter, 'before-restore', '{"contacts":[]}', NOW, KEY);
    expect(kept).toEqual({ ok: true, value: `${KEY}:before-restore:2026-03-07T12:00:00.000Z` });
    expect(recoveryPrefix('before-restore', KEY)).toBe(`${KEY}:before-restore:`);
    const key = kept.ok ? kept.value : '';
    expect(readRecoveryCopy(adapter, key)).toBe('{"contacts":[]}');
    expect(deleteRecoveryCopy(adapter, key).ok).toBe(true);
    expect(storage.getItem(key)).toBeNull();
    expect(listRecoveryCopies(adapter, KEY)).toEqual([]);
  });

  it('never deletes or reads a key that is not a recovery copy', () => {
    const { storage, adapter } = setup();
    storage.setItem(KEY, 'the workbook');
    expect(deleteRecoveryCopy(adapter, KEY).ok).toBe(false);
    expect(readRecoveryCopy(adapter, KEY)).toBeNull();
    expect(storage.getItem(KEY)).toBe('the workbook');
  });

  it('says why a copy could not be kept: full or blocked storage', () => {
    const { storage, adapter } = setup(40);
    expect(keepRecoveryCopy(adapter, 'before-restore', 'x'.repeat(50), NOW, KEY)).toMatchObject({
      ok: false,
      reason: 'full',
    });
    expect(storage.length).toBe(0);
    const blocked = createStorageAdapter(createBlockedStorageGetter());
    expect(keepRecoveryCopy(blocked, 'before-restore', '{}', NOW, KEY)).toMatchObject({ ok: false, reason: 'blocked' });
    expect(listRecoveryCopies(blocked, KEY)).toEqual([]);
  });
});

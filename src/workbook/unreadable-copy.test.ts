import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from './memory-storage.test-helpers';
import { createStorageAdapter } from './storage-adapter';
import { keepUnreadableCopy, unreadablePrefix } from './unreadable-copy';

const NOW = new Date('2025-03-01T12:00:00.000Z');

describe('keepUnreadableCopy', () => {
  it('copies the text under a timestamped key and returns that key', () => {
    const storage = createMemoryStorage();
    const key = keepUnreadableCopy(
      createStorageAdapter(() => storage),
      'app:workbook',
      'broken{',
      NOW,
    );
    expect(key).toBe('app:workbook:unreadable:2025-03-01T12:00:00.000Z');
    expect(storage.getItem(key ?? '')).toBe('broken{');
    expect(unreadablePrefix('app:workbook')).toBe('app:workbook:unreadable:');
  });

  it('reuses an identical copy and never overwrites a different one', () => {
    const storage = createMemoryStorage();
    const adapter = createStorageAdapter(() => storage);
    const first = keepUnreadableCopy(adapter, 'k', 'one', NOW);
    expect(keepUnreadableCopy(adapter, 'k', 'one', NOW)).toBe(first);
    const second = keepUnreadableCopy(adapter, 'k', 'two', NOW);
    expect(second).toBe('k:unreadable:2025-03-01T12:00:00.000Z-2');
    expect(storage.getItem(first ?? '')).toBe('one');
    expect(storage.getItem(second ?? '')).toBe('two');
  });

  it('returns null when the copy does not fit', () => {
    const storage = createMemoryStorage(20);
    expect(
      keepUnreadableCopy(
        createStorageAdapter(() => storage),
        'k',
        'x'.repeat(30),
        NOW,
      ),
    ).toBeNull();
    expect(storage.length).toBe(0);
  });
});

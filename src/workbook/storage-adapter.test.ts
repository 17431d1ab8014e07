import { describe, expect, it } from 'vitest';
import { createBlockedStorageGetter, createMemoryStorage } from './memory-storage.test-helpers';
import { createStorageAdapter, isQuotaError } from './storage-adapter';

/** A storage whose every method throws the given error. */
function throwingStorage(error: unknown): Storage {
  const fail = () => {
    throw error;
  };
  return { length: 0, key: fail, getItem: fail, setItem: fail, removeItem: fail, clear: fail };
}

describe('isQuotaError', () => {
  it('recognises every browser spelling of a full storage', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 1014 })).toBe(true);
  });

  it('rejects other errors and non-errors', () => {
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
    expect(isQuotaError(new TypeError('x'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('does not throw when reading the error throws', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(isQuotaError(hostile)).toBe(false);
  });
});

describe('createMemoryStorage', () => {
  it('behaves like Web Storage', () => {
    const storage = createMemoryStorage();
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    expect(storage.getItem('a')).toBe('1');
    expect(storage.getItem('missing')).toBeNull();
    expect(storage.length).toBe(2);
    expect([storage.key(0), storage.key(1), storage.key(2)]).toEqual(['a', 'b', null]);
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    storage.clear();
    expect(storage.length).toBe(0);
  });

  it('throws a QuotaExceededError with code 22 past the limit, keys and values counted', () => {
    const storage = createMemoryStorage(10);
    storage.setItem('k', '123456789'); // 10 characters: exactly at the limit
    expect(() => storage.setItem('x', '')).toThrow(expect.objectContaining({ name: 'QuotaExceededError', code: 22 }));
    expect(storage.getItem('x')).toBeNull();
    expect(storage.getItem('k')).toBe('123456789');
  });

  it('counts a replaced value only once', () => {
    const storage = createMemoryStorage(10);
    storage.setItem('k', '123456789');
    storage.setItem('k', '987654321');
    expect(storage.getItem('k')).toBe('987654321');
  });

  it('keeps keys like __proto__ as plain entries', () => {
    const storage = createMemoryStorage();
    storage.setItem('__proto__', 'x');
    expect(storage.getItem('__proto__')).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('createStorageAdapter', () => {
  it('reads, writes, removes and lists keys', () => {
    const adapter = createStorageAdapter(() => storage);
    const storage = createMemoryStorage();
    expect(adapter.write('a', 'one')).toEqual({ ok: true, value: undefined });
    expect(adapter.read('a')).toEqual({ ok: true, value: 'one' });
    expect(adapter.read('b')).toEqual({ ok: true, value: null });
    expect(adapter.keys()).toEqual({ ok: true, value: ['a'] });
    expect(adapter.remove('a')).toEqual({ ok: true, value: undefined });
    expect(adapter.read('a')).toEqual({ ok: true, value: null });
  });

  it("reports 'blocked' when getting the storage throws SecurityError", () => {
    const adapter = createStorageAdapter(createBlockedStorageGetter());
    for (const result of [adapter.read('a'), adapter.write('a', 'b'), adapter.remove('a'), adapter.keys()]) {
      expect(result).toMatchObject({ ok: false, reason: 'blocked' });
    }
  });

  it("reports 'blocked' when there is no storage at all", () => {
    const adapter = createStorageAdapter(() => null as unknown as Storage);
    expect(adapter.read('a')).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it("reports 'full' on a quota error and leaves the old value", () => {
    const storage = createMemoryStorage(20);
    const adapter = createStorageAdapter(() => storage);
    adapter.write('a', 'short');
    const result = adapter.write('a', 'x'.repeat(50));
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    if (!result.ok) expect(result.message).toMatch(/full/);
    expect(adapter.read('a')).toEqual({ ok: true, value: 'short' });
  });

  it('recognises the old Firefox quota error', () => {
    const adapter = createStorageAdapter(() => throwingStorage({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }));
    expect(adapter.write('a', 'b')).toMatchObject({ ok: false, reason: 'full' });
  });

  it("reports 'blocked' when an operation itself throws SecurityError", () => {
    const adapter = createStorageAdapter(() => throwingStorage(new DOMException('no', 'SecurityError')));
    expect(adapter.read('a')).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it("reports 'error' with the message for anything else, even non-Error throws", () => {
    const adapter = createStorageAdapter(() => throwingStorage(new Error('disk on fire')));
    expect(adapter.read('a')).toEqual({ ok: false, reason: 'error', message: 'disk on fire' });
    const odd = createStorageAdapter(() => throwingStorage(undefined));
    expect(odd.write('a', 'b')).toMatchObject({ ok: false, reason: 'error' });
  });
});

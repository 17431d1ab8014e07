/** Why a storage operation failed: storage is unavailable, full, or something else went wrong. */
export type StorageFailure = 'blocked' | 'full' | 'error';

/** The outcome of a storage operation; never an exception. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; reason: StorageFailure; message: string };

/** Storage operations that report failures as values instead of throwing. */
export interface StorageAdapter {
  read(key: string): StorageResult<string | null>;
  write(key: string, value: string): StorageResult<undefined>;
  remove(key: string): StorageResult<undefined>;
  keys(): StorageResult<string[]>;
}

/** Reads a property of a thrown value without letting a hostile getter throw again. */
function field(error: unknown, name: 'name' | 'code' | 'message'): unknown {
  try {
    return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined;
  }
}

/** True for every browser's spelling of "storage is full". */
export function isQuotaError(error: unknown): boolean {
  const name = field(error, 'name');
  const code = field(error, 'code');
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** True when the error says storage access is not allowed. */
function isSecurityError(error: unknown): boolean {
  return field(error, 'name') === 'SecurityError' || field(error, 'code') === 18;
}

/** Turns a thrown value into a tagged failure. */
function failure(error: unknown): { ok: false; reason: StorageFailure; message: string } {
  if (isQuotaError(error)) return { ok: false, reason: 'full', message: "This browser's storage is full." };
  if (isSecurityError(error)) return { ok: false, reason: 'blocked', message: 'This browser is blocking storage.' };
  const detail = field(error, 'message');
  const message = typeof detail === 'string' && detail ? detail : 'The browser could not use its storage.';
  return { ok: false, reason: 'error', message };
}

/** Wraps a Web Storage getter so that no read, write, removal or listing ever throws. */
export function createStorageAdapter(getStorage: () => Storage): StorageAdapter {
  /** Runs one operation against the storage, catching a blocked getter and every failure. */
  function run<T>(operation: (storage: Storage) => T): StorageResult<T> {
    let storage: Storage | null | undefined;
    try {
      storage = getStorage();
    } catch {
      return { ok: false, reason: 'blocked', message: 'This browser is blocking storage.' };
    }
    if (!storage) return { ok: false, reason: 'blocked', message: 'This browser has no storage available.' };
    try {
      return { ok: true, value: operation(storage) };
    } catch (error) {
      return failure(error);
    }
  }

  return {
    read: (key) => run((storage) => storage.getItem(key)),
    write: (key, value) =>
      run((storage) => {
        storage.setItem(key, value);
        return undefined;
      }),
    remove: (key) =>
      run((storage) => {
        storage.removeItem(key);
        return undefined;
      }),
    keys: () =>
      run((storage) => {
        const found: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null) found.push(key);
        }
        return found;
      }),
  };
}

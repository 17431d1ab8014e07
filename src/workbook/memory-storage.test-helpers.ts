// Test doubles of Web Storage, for unit tests and the bench (never shipped: no page imports this file).
/** Makes the error a browser throws when storage is full (a DOMException named QuotaExceededError, code 22). */
function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** A Web Storage kept in memory; throws QuotaExceededError past `limitChars` (keys and values counted). */
class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly #items = new Map<string, string>();
  readonly #limit: number;

  constructor(limitChars: number) {
    this.#limit = limitChars;
  }

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }

  setItem(key: string, value: string): void {
    const k = String(key);
    const v = String(value);
    const previous = this.#items.get(k);
    const used = this.#usedChars() - (previous === undefined ? 0 : k.length + previous.length);
    if (used + k.length + v.length > this.#limit) throw quotaError();
    this.#items.set(k, v);
  }

  removeItem(key: string): void {
    this.#items.delete(String(key));
  }

  clear(): void {
    this.#items.clear();
  }

  #usedChars(): number {
    let total = 0;
    for (const [k, v] of this.#items) total += k.length + v.length;
    return total;
  }
}

/** An in-memory Storage for tests and the bench; optionally size-limited. */
export function createMemoryStorage(limitChars = Number.POSITIVE_INFINITY): Storage {
  return new MemoryStorage(limitChars);
}

/** A storage getter that throws SecurityError, like `window.localStorage` when storage is blocked. */
export function createBlockedStorageGetter(): () => Storage {
  return () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
}

import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/**
 * Points @nanostores/persistent at a storage that never throws: reads and writes go to
 * localStorage when it works and to memory when it is blocked or full (the store keeps working).
 */
export function useSafePersistentEngine(): void {
  const memory: Record<string, string> = {};
  const local = (): Storage | undefined => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  };
  /** The value stored under a key: localStorage first, then memory. */
  const read = (target: Record<string, string>, key: string): string | undefined => {
    try {
      return local()?.getItem(key) ?? target[key];
    } catch {
      return target[key];
    }
  };
  /** Forgets a key, in memory and in localStorage. */
  const forget = (target: Record<string, string>, key: string): void => {
    delete target[key];
    try {
      local()?.removeItem(key);
    } catch {
      // Nothing to remove from blocked storage.
    }
  };
  const storage = new Proxy(memory, {
    // persistentMap lists keys with `for…in` and tests them with `in`: both must see localStorage.
    has(target, key) {
      return typeof key === 'string' && read(target, key) !== undefined;
    },
    ownKeys(target) {
      let stored: string[] = [];
      try {
        const ls = local();
        stored = ls ? Array.from({ length: ls.length }, (_, i) => ls.key(i) ?? '') : [];
      } catch {
        stored = [];
      }
      return [...new Set([...stored, ...Object.keys(target)])].filter(Boolean);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key !== 'string') return undefined;
      const value = read(target, key);
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: true };
    },
    get(target, key) {
      return typeof key === 'string' ? read(target, key) : undefined;
    },
    set(target, key, value) {
      if (typeof key !== 'string') return false;
      const text = String(value);
      // An empty value is the default: keep no key for it, so that merely showing a page (which
      // makes persistentMap store its defaults) writes nothing, even right after "Clear my data".
      if (text === '') {
        forget(target, key);
        return true;
      }
      target[key] = text;
      try {
        local()?.setItem(key, text);
      } catch {
        // Full or blocked: the value lives in memory for this page.
      }
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'string') return false;
      forget(target, key);
      return true;
    },
  });
  setPersistentEngine(storage, windowPersistentEvents);
}

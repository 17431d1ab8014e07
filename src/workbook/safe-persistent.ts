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
  const storage = new Proxy(memory, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      try {
        return local()?.getItem(key) ?? target[key];
      } catch {
        return target[key];
      }
    },
    set(target, key, value) {
      if (typeof key !== 'string') return false;
      target[key] = String(value);
      try {
        local()?.setItem(key, String(value));
      } catch {
        // Full or blocked: the value lives in memory for this page.
      }
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'string') return false;
      delete target[key];
      try {
        local()?.removeItem(key);
      } catch {
        // Nothing to remove from blocked storage.
      }
      return true;
    },
  });
  setPersistentEngine(storage, windowPersistentEvents);
}

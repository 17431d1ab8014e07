import type { StorageAdapter } from './storage-adapter';

/** The key prefix under which unreadable originals of `key` are kept. */
export function unreadablePrefix(key: string): string {
  return `${key}:unreadable:`;
}

/**
 * Keeps a copy of stored text that could not be fully read, under `${key}:unreadable:${timestamp}`,
 * and checks that the copy reads back. Reuses an existing identical copy, so reloading a page does
 * not fill storage with duplicates. Returns the copy's key, or null if no copy could be kept.
 */
export function keepUnreadableCopy(storage: StorageAdapter, key: string, raw: string, now: Date): string | null {
  const prefix = unreadablePrefix(key);
  const existing = storage.keys();
  if (existing.ok) {
    for (const candidate of existing.value) {
      if (!candidate.startsWith(prefix)) continue;
      const copy = storage.read(candidate);
      if (copy.ok && copy.value === raw) return candidate;
    }
  }
  const stamp = `${prefix}${now.toISOString()}`;
  let target: string | null = null;
  for (let n = 1; n <= 100 && target === null; n++) {
    const candidate = n === 1 ? stamp : `${stamp}-${n}`;
    const taken = storage.read(candidate);
    if (!taken.ok) return null;
    if (taken.value === null) target = candidate;
  }
  if (target === null || !storage.write(target, raw).ok) return null;
  const check = storage.read(target);
  return check.ok && check.value === raw ? target : null;
}

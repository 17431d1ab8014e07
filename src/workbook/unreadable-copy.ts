import type { StorageAdapter, StorageResult } from './storage-adapter';

/** The key prefix under which unreadable originals of `key` are kept. */
export function unreadablePrefix(key: string): string {
  return `${key}:unreadable:`;
}

/**
 * Keeps a copy of a text under `${prefix}${timestamp}` (or `…-2`, `…-3` when taken) and checks
 * that it reads back. Reuses an existing identical copy under the same prefix, so reloading a page
 * does not fill storage with duplicates. Returns the copy's key, or why it could not be kept.
 */
export function keepCopy(storage: StorageAdapter, prefix: string, raw: string, now: Date): StorageResult<string> {
  const existing = storage.keys();
  if (existing.ok) {
    for (const candidate of existing.value) {
      if (!candidate.startsWith(prefix)) continue;
      const copy = storage.read(candidate);
      if (copy.ok && copy.value === raw) return { ok: true, value: candidate };
    }
  }
  const stamp = `${prefix}${now.toISOString()}`;
  let target: string | null = null;
  for (let n = 1; n <= 100 && target === null; n++) {
    const candidate = n === 1 ? stamp : `${stamp}-${n}`;
    const taken = storage.read(candidate);
    if (!taken.ok) return taken;
    if (taken.value === null) target = candidate;
  }
  if (target === null) return { ok: false, reason: 'error', message: 'No free key for the copy.' };
  const written = storage.write(target, raw);
  if (!written.ok) return written;
  const check = storage.read(target);
  if (check.ok && check.value === raw) return { ok: true, value: target };
  return check.ok ? { ok: false, reason: 'error', message: 'The copy did not read back.' } : check;
}

/**
 * Keeps a copy of stored text that could not be fully read, under `${key}:unreadable:${timestamp}`,
 * and checks that the copy reads back. Returns the copy's key, or null if no copy could be kept.
 */
export function keepUnreadableCopy(storage: StorageAdapter, key: string, raw: string, now: Date): string | null {
  const kept = keepCopy(storage, unreadablePrefix(key), raw, now);
  return kept.ok ? kept.value : null;
}

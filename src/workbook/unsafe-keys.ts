/** Property names that could reach an object's prototype if code ever assigned them. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The first `__proto__`, `constructor` or `prototype` key anywhere in a parsed JSON value, or null. */
export function findUnsafeKey(value: unknown): string | null {
  // An explicit stack instead of recursion, so deeply nested input cannot overflow the call stack.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (const item of current) pending.push(item);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (UNSAFE_KEYS.has(key)) return key;
      pending.push((current as Record<string, unknown>)[key]);
    }
  }
  return null;
}

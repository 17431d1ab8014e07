/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. Not for security: it tells
 * whether a stored value is exactly the one this site wrote, so it can skip validating it again.
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

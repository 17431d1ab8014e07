// The site's one hash: FNV-1a over a string's UTF-16 code units. Not for security: it tells
// whether a stored value is exactly the one this site wrote, checks that a plan link was not cut,
// and names a plan.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a of `text` as an unsigned 32-bit number. Another offset and prime give a second hash that
 * does not move with the first (plan ids use two).
 */
export function fnv1a32(text: string, offset = FNV_OFFSET, prime = FNV_PRIME): number {
  // Kept a signed 32-bit integer inside the loop (unsigned only at the end): a value above 2^31 in
  // the loop is a heap number, which made hashing a 4 MB workbook several times slower.
  let hash = offset | 0;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), prime);
  }
  return hash >>> 0;
}

/** FNV-1a 32-bit hash of `text` as 8 hex digits. */
export function fnv1a(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0');
}

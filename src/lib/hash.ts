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
  return hashRange(offset | 0, text, text.length, prime) >>> 0;
}

/**
 * Goes on hashing from `hash` over the first `end` code units of `text`. Kept a signed 32-bit
 * integer inside the loop (unsigned only at the end): a value above 2^31 in the loop is a heap
 * number, which made hashing a 4 MB workbook several times slower.
 */
function hashRange(hash: number, text: string, end: number, prime = FNV_PRIME): number {
  let h = hash;
  for (let i = 0; i < end; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), prime);
  }
  return h;
}

/** 8 hex digits of an unsigned 32-bit hash. */
const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0');

/** FNV-1a 32-bit hash of `text` as 8 hex digits. */
export function fnv1a(text: string): string {
  return hex(fnv1a32(text));
}

/**
 * `fnv1a(text.slice(0, end) + tail)` without joining the strings: a joined 4 MB string is read one
 * code unit at a time about 7 times slower than the stored text itself (measured in Node 24).
 */
export function fnv1aOfPrefix(text: string, end: number, tail: string): string {
  return hex(hashRange(hashRange(FNV_OFFSET | 0, text, end), tail, tail.length));
}

/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. Not for security: it tells
 * whether a stored value is exactly the one this site wrote, so it can skip validating it again.
 */
export function fnv1a(text: string): string {
  // Kept a signed 32-bit integer inside the loop (unsigned only at the end): a value above 2^31 in
  // the loop is a heap number, which made hashing a 4 MB workbook several times slower.
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

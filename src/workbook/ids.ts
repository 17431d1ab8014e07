/** The ids the workbook accepts (the schema's rule, and the person page's check of an address): 1 to 80 letters, digits, '_' or '-'. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Random characters per id: 36^14 ≈ 6·10^21 values, so collisions are practically impossible. */
export const ID_LENGTH = 14;
// The largest multiple of 36 that fits in a byte; bytes at or above it are skipped to avoid bias.
const UNBIASED_LIMIT = 252;

/** A short random id such as `c_k3x9q0m2ab7zpe`, made with crypto.getRandomValues. */
export function newId(prefix?: string): string {
  let out = '';
  while (out.length < ID_LENGTH) {
    const bytes = crypto.getRandomValues(new Uint8Array(ID_LENGTH * 2));
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      out += ALPHABET[byte % ALPHABET.length];
      if (out.length === ID_LENGTH) break;
    }
  }
  return prefix ? `${prefix}_${out}` : out;
}

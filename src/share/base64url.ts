// Bytes as text for the part of a link after "#": base64url (RFC 4648, section 5) without padding,
// which uses only letters, digits, "-" and "_", so nothing in it needs escaping in an address.

const CHUNK = 0x8000;

/** Bytes as base64url text, without "=" padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of base64url text as this site writes it, or null for anything else. Only the one
 * spelling of each byte string is read (no padding, no unused bits set in the last character), so a
 * changed link never opens as if it were the same.
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return toBase64Url(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}

// Locking with a code, all through the browser's Web Crypto API: a key derived from the code by
// PBKDF2-SHA-256 (600,000 iterations, the OWASP figure for 2023 onwards) encrypts with AES-GCM,
// whose authentication tag shows any change to what was locked.
//
// Locked bytes:  salt (16) | iv (12) | code check (4) | ciphertext with its tag (16 at the end)
// PBKDF2 gives 36 bytes: the first 32 are the AES key, the last 4 the code check, which tells a
// wrong code (check differs) from changed data (check matches, tag fails). It lets no one test a
// code faster than the tag would: each guess still costs the 600,000 iterations.

import { tidyCode } from './code-words';
import { ownBytes } from './compress';

/** PBKDF2 iterations for every link and file the site makes (tests pass a small number instead). */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 4;
const TAG_BYTES = 16;
/** How many bytes locking adds. */
export const LOCK_OVERHEAD = SALT_BYTES + IV_BYTES + CHECK_BYTES + TAG_BYTES;

/** What unlocking gave: the bytes, or why not. */
export type Unlocked = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'wrong-code' | 'altered' | 'damaged' };

/** Options: the iterations (PBKDF2_ITERATIONS unless a test says otherwise). */
export interface LockOptions {
  iterations?: number;
}

/** True when this browser has Web Crypto (it needs a secure page: https or localhost). */
export function canLock(): boolean {
  return typeof crypto === 'object' && typeof crypto.subtle?.deriveBits === 'function';
}

/** The AES-GCM key and the code check derived from a code and a salt. */
async function derive(
  code: string,
  salt: Uint8Array,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode(tidyCode(code)), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: ownBytes(salt), iterations },
      secret,
      (32 + CHECK_BYTES) * 8,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: bits.slice(32) };
}

/** True when two byte lists are equal. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Locks bytes with a code. `context` (such as the link's kind and version) is authenticated too:
 * the locked bytes open only with the same context.
 */
export async function lock(
  plain: Uint8Array,
  code: string,
  context: string,
  options: LockOptions = {},
): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await derive(code, salt, options.iterations ?? PBKDF2_ITERATIONS);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
      key,
      ownBytes(plain),
    ),
  );
  const out = new Uint8Array(SALT_BYTES + IV_BYTES + CHECK_BYTES + sealed.length);
  out.set(salt, 0);
  out.set(iv, SALT_BYTES);
  out.set(check, SALT_BYTES + IV_BYTES);
  out.set(sealed, SALT_BYTES + IV_BYTES + CHECK_BYTES);
  return out;
}

/**
 * Unlocks bytes made by `lock`. Never throws: 'wrong-code' when the code is not the one used,
 * 'altered' when the code is right but the bytes or context were changed (the tag fails),
 * 'damaged' when there are too few bytes to be locked data at all.
 */
export async function unlock(
  locked: Uint8Array,
  code: string,
  context: string,
  options: LockOptions = {},
): Promise<Unlocked> {
  if (locked.length < LOCK_OVERHEAD) return { ok: false, reason: 'damaged' };
  const salt = locked.subarray(0, SALT_BYTES);
  const iv = ownBytes(locked.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES));
  const check = locked.subarray(SALT_BYTES + IV_BYTES, SALT_BYTES + IV_BYTES + CHECK_BYTES);
  const derived = await derive(code, salt, options.iterations ?? PBKDF2_ITERATIONS);
  if (!same(derived.check, check)) return { ok: false, reason: 'wrong-code' };
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
      derived.key,
      ownBytes(locked.subarray(SALT_BYTES + IV_BYTES + CHECK_BYTES)),
    );
    return { ok: true, bytes: new Uint8Array(plain) };
  } catch {
    return { ok: false, reason: 'altered' };
  }
}

// The text after "#" in a shared link (and inside a locked file): versioned, checked, compressed
// with deflate-raw and written in base64url; locked with a code when asked.
//
// Format, version 1:  <kind letter><version>.<check>.<data>
//   kind   s: a summary shared with an advisor; c: the same, locked with a code;
//          m: a whole workbook moved to another device, always locked with a code
//   check  8 hex digits, the start of the SHA-256 of the rest ("s1." and the data), to notice a cut
//          or changed link before anything else (for locked data, the AES-GCM tag also catches any
//          change made on purpose)
//   data   base64url of the deflate-raw JSON; for c and m, locked (lock.ts) with "<letter><version>"
//          as authenticated context, so a summary cannot be passed off as a moved workbook
import { fromBase64Url, toBase64Url } from './base64url';
import { canCompress, deflate, inflate } from './compress';
import { canLock, type LockOptions, lock, unlock } from './lock';
import type { OpenProblem } from './problems';

/** What a link carries. */
export type PayloadKind = 'share' | 'locked-share' | 'move';

/** The version every link made now carries. */
export const PAYLOAD_VERSION = 1;
/** The longest link text read (64 KB); longer ones are refused unread. */
export const MAX_LINK_TEXT = 64 * 1024;
/** The most text a payload may unpack into (5 MB, as for a backup file). */
export const MAX_UNPACKED = 5 * 1024 * 1024;

const LETTER: Readonly<Record<PayloadKind, string>> = { share: 's', 'locked-share': 'c', move: 'm' };
const KIND_OF: Readonly<Record<string, PayloadKind>> = { s: 'share', c: 'locked-share', m: 'move' };

/** True for kinds that need a code to open. */
export const isLocked = (kind: PayloadKind): boolean => kind !== 'share';

/** The check of a payload's text: the first 4 bytes of its SHA-256, as 8 hex digits. */
export async function checkOf(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest.subarray(0, 4), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The header of a payload of a kind: "s1", "c1", "m1". */
const headerOf = (kind: PayloadKind, version = PAYLOAD_VERSION) => `${LETTER[kind]}${version}`;

/** What a payload's text says before it is opened: its kind, or why it cannot be read. */
export type Peeked = { ok: true; kind: PayloadKind; data: Uint8Array } | { ok: false; problem: OpenProblem };

/** Options for packing and unpacking: PBKDF2 iterations, and the longest text accepted. */
export interface PayloadOptions extends LockOptions {
  maxText?: number;
}

/**
 * Packs JSON text into a payload. Locked kinds need a code. Throws only when the browser lacks
 * CompressionStream or Web Crypto (check with canPack first).
 */
export async function pack(kind: PayloadKind, json: string, code = '', options: LockOptions = {}): Promise<string> {
  const header = headerOf(kind);
  let data: Uint8Array = await deflate(new TextEncoder().encode(json));
  if (isLocked(kind)) data = await lock(data, code, header, options);
  const body = toBase64Url(data);
  return `${header}.${await checkOf(`${header}.${body}`)}.${body}`;
}

/** True when this browser can make and open links (CompressionStream and Web Crypto). */
export function canPack(): boolean {
  return canCompress() && canLock();
}

/** Reads a payload's header, check and data without opening it: what kind it is, or what is wrong. */
export async function peek(text: string, options: PayloadOptions = {}): Promise<Peeked> {
  const fail = (problem: OpenProblem): Peeked => ({ ok: false, problem });
  const trimmed = String(text ?? '')
    .trim()
    .replace(/^#/, '');
  if (trimmed === '') return fail('empty');
  if (trimmed.length > (options.maxText ?? MAX_LINK_TEXT)) return fail('too-large');
  const head = /^([a-z])(\d{1,6})\./.exec(trimmed);
  const kind = head ? KIND_OF[head[1] ?? ''] : undefined;
  if (!head || !kind) return fail('not-a-link');
  if (Number(head[2]) > PAYLOAD_VERSION) return fail('newer');
  if (Number(head[2]) !== PAYLOAD_VERSION) return fail('not-a-link');
  const [, check = '', body] = /^[^.]*\.([^.]*)\.(.*)$/s.exec(trimmed) ?? [];
  if (body === undefined || !canLock() || (await checkOf(`${head[0]}${body}`)) !== check.toLowerCase())
    return fail(canLock() ? 'damaged' : 'unsupported');
  const data = fromBase64Url(body);
  if (!data) return fail('damaged');
  return { ok: true, kind, data };
}

/** What opening a payload gave: its JSON text and kind, or why it could not be opened. */
export type Unpacked = { ok: true; kind: PayloadKind; json: string } | { ok: false; problem: OpenProblem };

/**
 * Opens a payload: checks it, unlocks it with the code when it is locked, decompresses it and
 * decodes its text. Never throws, never gives part of a payload: any failure gives a problem.
 */
export async function unpack(text: string, code = '', options: PayloadOptions = {}): Promise<Unpacked> {
  const peeked = await peek(text, options);
  if (!peeked.ok) return peeked;
  const { kind } = peeked;
  if (!canPack()) return { ok: false, problem: 'unsupported' };
  let data = peeked.data;
  if (isLocked(kind)) {
    if (code.trim() === '') return { ok: false, problem: 'no-code' };
    const opened = await unlock(data, code, headerOf(kind), options);
    if (!opened.ok) return { ok: false, problem: opened.reason };
    data = opened.bytes;
  }
  const inflated = await inflate(data, MAX_UNPACKED);
  if (!inflated.ok) return { ok: false, problem: inflated.reason };
  try {
    return { ok: true, kind, json: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

// Compression for links, with the browser's own CompressionStream ("deflate-raw": no header, no
// checksum of its own; the link format adds a check). Nothing here leaves the page.

/** What reading compressed bytes gave: the bytes, or why not (cut or changed data, or too much of it). */
export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large' };

/** True when this browser can compress (every current browser; not some older ones). */
export function canCompress(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** A copy of some bytes in a buffer of their own (what the streams and Web Crypto expect). */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/** Compresses bytes with deflate-raw. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([ownBytes(bytes)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Decompresses deflate-raw bytes, stopping as soon as the result would pass `maxBytes` (a small
 * link could otherwise unpack into a huge text). Never throws: cut, changed or trailing data is
 * 'damaged'.
 */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Inflated> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Errors of the writing side show up on the reading side too; these only keep them from being unhandled.
  writer.write(ownBytes(bytes)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      parts.push(value);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return { ok: true, bytes: out };
}

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canCompress, deflate, inflate } from './compress';

const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('deflate and inflate', () => {
  it('are available', () => {
    expect(canCompress()).toBe(true);
  });

  it('round-trip any bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (bytes) => {
        const result = await inflate(await deflate(bytes), 10_000);
        expect(result).toEqual({ ok: true, bytes });
      }),
      { numRuns: 40 },
    );
  });

  it('write plain deflate-raw, which other tools read, and read theirs', async () => {
    const words = 'Water quality, policy. Water quality, policy.';
    expect(inflateRawSync(await deflate(bytesOf(words))).toString('utf8')).toBe(words);
    expect(await inflate(deflateRawSync(Buffer.from(words)), 1000)).toEqual({ ok: true, bytes: bytesOf(words) });
  });

  it('make repeated text much smaller', async () => {
    const long = bytesOf('Met at the spring career fair. '.repeat(100));
    expect((await deflate(long)).length).toBeLessThan(long.length / 10);
  });

  it('say "damaged" for cut data and for data with something after its end', async () => {
    const packed = await deflate(bytesOf('Met at the spring career fair. Works on river monitoring.'.repeat(3)));
    expect(await inflate(packed.subarray(0, packed.length - 3), 10_000)).toEqual({ ok: false, reason: 'damaged' });
    const extra = new Uint8Array([...packed, 1, 2, 3]);
    expect(await inflate(extra, 10_000)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('say "damaged" for bytes that are not deflate data', async () => {
    expect(await inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 10_000)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('stop at the limit: a small input that unpacks into too much is "too-large"', async () => {
    const bomb = await deflate(new Uint8Array(1_000_000));
    expect(bomb.length).toBeLessThan(2_000);
    expect(await inflate(bomb, 64 * 1024)).toEqual({ ok: false, reason: 'too-large' });
  });
});

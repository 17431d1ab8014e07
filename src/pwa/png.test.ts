import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, PNG_SIGNATURE } from './png';

/** The chunks of a PNG file after its signature, as type and data, with their stored and computed CRCs. */
function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Array<{ type: string; data: Uint8Array; crc: number; expectedCrc: number }> = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    out.push({
      type,
      data: png.subarray(at + 8, at + 8 + length),
      crc: view.getUint32(at + 8 + length),
      expectedCrc: crc32(png.subarray(at + 4, at + 8 + length)),
    });
    at += 12 + length;
  }
  return out;
}

/** A 3 × 2 test image: every pixel different, some half transparent. */
const width = 3;
const height = 2;
const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);

describe('encodePng', () => {
  const png = encodePng(width, height, pixels);
  const parts = chunks(png);

  it('starts with the PNG signature', () => {
    expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    expect([...PNG_SIGNATURE]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it('writes IHDR, IDAT and IEND in that order, each with a correct CRC', () => {
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const c of parts) expect(c.crc).toBe(c.expectedCrc);
  });

  it('puts the width and height in IHDR, as 8-bit RGBA without interlacing', () => {
    const ihdr = parts[0]?.data ?? new Uint8Array();
    const view = new DataView(ihdr.buffer, ihdr.byteOffset, ihdr.byteLength);
    expect(ihdr.length).toBe(13);
    expect(view.getUint32(0)).toBe(width);
    expect(view.getUint32(4)).toBe(height);
    expect([...ihdr.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  });

  it('stores the pixels: IDAT inflates with node:zlib to each row behind a filter byte', () => {
    const raw = inflateSync(parts[1]?.data ?? new Uint8Array());
    expect(raw.length).toBe(height * (1 + width * 4));
    for (let y = 0; y < height; y++) {
      const row = raw.subarray(y * (1 + width * 4), (y + 1) * (1 + width * 4));
      expect(row[0]).toBe(0);
      expect([...row.subarray(1)]).toEqual([...pixels.subarray(y * width * 4, (y + 1) * width * 4)]);
    }
  });

  it('refuses pixel data of the wrong length and sizes that are not whole positive numbers', () => {
    expect(() => encodePng(3, 2, new Uint8Array(23))).toThrow(/expected 24 bytes/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(RangeError);
    expect(() => encodePng(1.5, 2, new Uint8Array(12))).toThrow(RangeError);
  });
});

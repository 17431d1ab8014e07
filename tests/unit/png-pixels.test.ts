import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, PNG_SIGNATURE } from '../../src/pwa/png';
import { pngPixels } from '../e2e/png-pixels';

/** A PNG of RGB pixels whose rows are stored with the given filter types (1 Sub, 2 Up, 3 Average, 4 Paeth). */
function filteredPng(width: number, rgb: number[][], filters: number[]): Uint8Array {
  const paeth = (a: number, b: number, c: number) => {
    const p = a + b - c;
    const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  };
  const rows = rgb.map((row, y) => {
    const up = rgb[y - 1] ?? [];
    const filter = filters[y] ?? 0;
    const out = row.map((v, x) => {
      const a = x >= 3 ? (row[x - 3] ?? 0) : 0;
      const b = up[x] ?? 0;
      const c = x >= 3 ? (up[x - 3] ?? 0) : 0;
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      return (v - predicted + 256) % 256;
    });
    return [filter, ...out];
  });
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, tail]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rgb.length, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from(PNG_SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows.flat()))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('pngPixels (the browser tests’ PNG reader)', () => {
  it('reads back the pixels a PNG was written with', () => {
    const width = 5;
    const height = 3;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const image = pngPixels(encodePng(width, height, rgba));
    expect(image.width).toBe(width);
    expect(image.height).toBe(height);
    expect([...image.data]).toEqual([...rgba]);
  });

  it('undoes each of the five row filters of RGB images', () => {
    const rgb = [0, 1, 2, 3, 4].map((y) => Array.from({ length: 9 }, (_, x) => (x * 53 + y * 91 + x * y * 7) % 256));
    const image = pngPixels(filteredPng(3, rgb, [0, 1, 2, 3, 4]));
    const expected = rgb.flatMap((row) => [0, 1, 2].flatMap((p) => [...row.slice(p * 3, p * 3 + 3), 255]));
    expect([...image.data]).toEqual(expected);
  });

  it('refuses a PNG kind it cannot read, in words', () => {
    const png = encodePng(1, 1, new Uint8Array(4));
    png[24] = 16; // 16 bits per channel
    expect(() => pngPixels(png)).toThrow(/Unsupported PNG: depth 16/);
  });
});

import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrDrawing } from './qr';

/** Draws the path back into a grid of dark modules, to compare with the QR matrix. */
function rasterize(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (cmd === 'm') x += Number(a);
    else {
      for (let i = 0; i < Number(a); i++) (grid[y] as boolean[])[x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}

describe('QR codes', () => {
  it('draw exactly the dark modules of the code, with a quiet zone of four modules', () => {
    const url = 'https://careers.example.edu/steps/identify-your-networks/';
    const { size, path } = qrDrawing(url);
    const { data } = encode(url, { ecc: 'M', border: 4 });
    expect(size).toBe(data.length);
    expect(rasterize(path, size)).toEqual(data);
    for (const row of [0, 1, 2, 3, size - 1]) expect(data[row]?.some(Boolean)).toBe(false);
  });

  it('stay small enough to print sharply at 2.5 cm', () => {
    const { size } = qrDrawing('https://careers.example.edu/informational-interviews/following-up/');
    expect(size).toBeLessThanOrEqual(45);
  });
});

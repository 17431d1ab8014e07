import { describe, expect, it } from 'vitest';
import { drawIcon } from './icon-art';

/** The RGBA of the pixel at (x, y) of a square icon of `size`. */
const pixelAt = (pixels: Uint8Array, size: number, x: number, y: number) => {
  const i = (y * size + x) * 4;
  return [...pixels.subarray(i, i + 4)];
};

describe('drawIcon', () => {
  const brand = '#1d4ed8';
  const brandRgb = [0x1d, 0x4e, 0xd8] as const;

  it('draws a rounded square in the brand colour with see-through corners', () => {
    const icon = drawIcon(64, brand, 'rounded');
    expect(icon.length).toBe(64 * 64 * 4);
    expect(pixelAt(icon, 64, 0, 0)[3]).toBe(0);
    expect(pixelAt(icon, 64, 63, 63)[3]).toBe(0);
    // Middle of the left edge, and the centre (between the rings): solid brand colour.
    expect(pixelAt(icon, 64, 1, 32)).toEqual([...brandRgb, 255]);
    expect(pixelAt(icon, 64, 40, 32)).toEqual([...brandRgb, 255]);
  });

  it('draws the white rings of the mark where the favicon has them', () => {
    const icon = drawIcon(64, brand, 'rounded');
    // The left ring: centre (9, 16), radius 4 in the 32-unit grid; its leftmost stroke is at (5, 16).
    expect(pixelAt(icon, 64, 10, 32)).toEqual([255, 255, 255, 255]);
    // The inside of that ring stays brand coloured.
    expect(pixelAt(icon, 64, 18, 32)).toEqual([...brandRgb, 255]);
  });

  it('fills every pixel of a full-bleed icon and keeps the mark inside the maskable safe circle', () => {
    const size = 100;
    const icon = drawIcon(size, brand, 'full-bleed');
    let whiteOutsideSafeZone = 0;
    let whiteInside = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [r, , , a] = pixelAt(icon, size, x, y);
        expect(a).toBe(255);
        const isWhiteish = (r ?? 0) > brandRgb[0];
        const inSafeZone = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= size * 0.4;
        if (isWhiteish && !inSafeZone) whiteOutsideSafeZone++;
        if (isWhiteish && inSafeZone) whiteInside++;
      }
    }
    expect(whiteOutsideSafeZone).toBe(0);
    expect(whiteInside).toBeGreaterThan(200);
  });

  it('refuses a brand colour that is not a hex colour', () => {
    expect(() => drawIcon(16, 'blue', 'rounded')).toThrow(/brand colour "blue"/);
  });
});

// Draws the site's mark (three linked circles, as in /favicon.svg) into RGBA pixels, anti-aliased.
import { parseHexColor } from '../config/contrast';

/**
 * How the icon fills its square:
 * - "rounded": the favicon as it is, a rounded square with see-through corners (purpose "any");
 * - "full-bleed": brand colour to every edge, the mark shrunk into the central safe circle, for
 *   launchers that cut their own shape (purpose "maskable", Apple touch icons).
 */
export type IconShape = 'rounded' | 'full-bleed';

// The mark in the favicon's 32 × 32 grid: white rings and links on the brand colour.
const GRID = 32;
const CORNER = 6;
const STROKE = 2.5;
const RING_RADIUS = 4;
const RINGS: ReadonlyArray<readonly [number, number]> = [
  [9, 16],
  [23, 9],
  [23, 23],
];
const LINKS: ReadonlyArray<readonly [number, number, number, number]> = [
  [12.5, 14.2, 19.5, 10.8],
  [12.5, 17.8, 19.5, 21.2],
];
/**
 * Scale of the mark on a full-bleed icon: the mark's farthest point (15.2 grid units from the
 * centre) then sits at 12.2 units, inside the maskable safe zone, a circle of radius 40% (12.8).
 */
const SAFE_SCALE = 0.8;

/** Signed distance from (x, y) to a rounded square filling the grid (negative inside). */
function roundedSquareDistance(x: number, y: number): number {
  const half = GRID / 2;
  const qx = Math.abs(x - half) - (half - CORNER);
  const qy = Math.abs(y - half) - (half - CORNER);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - CORNER;
}

/** Distance from (x, y) to the segment from (ax, ay) to (bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Signed distance from (x, y) to the white strokes of the mark, in grid units (negative on a stroke). */
function markDistance(x: number, y: number): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const [cx, cy] of RINGS) nearest = Math.min(nearest, Math.abs(Math.hypot(x - cx, y - cy) - RING_RADIUS));
  for (const [ax, ay, bx, by] of LINKS) nearest = Math.min(nearest, segmentDistance(x, y, ax, ay, bx, by));
  return nearest - STROKE / 2;
}

/** How much of a pixel a shape covers, from its signed distance and the pixel's width (both in grid units). */
const coverage = (distance: number, pixel: number) => Math.min(1, Math.max(0, 0.5 - distance / pixel));

/** The mark in `brandColor` (a hex colour) on a `size` × `size` square, as RGBA bytes row by row. */
export function drawIcon(size: number, brandColor: string, shape: IconShape): Uint8Array {
  const brand = parseHexColor(brandColor);
  if (!brand) throw new Error(`The brand colour "${brandColor}" is not a hex colour like #1d4ed8`);
  const pixels = new Uint8Array(size * size * 4);
  const pixel = GRID / size;
  const markScale = shape === 'full-bleed' ? SAFE_SCALE : 1;
  const centre = GRID / 2;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = (col + 0.5) * pixel;
      const y = (row + 0.5) * pixel;
      const background = shape === 'full-bleed' ? 1 : coverage(roundedSquareDistance(x, y), pixel);
      // On a full-bleed icon, the mark is drawn smaller: look the pixel up in the unscaled grid.
      const mx = centre + (x - centre) / markScale;
      const my = centre + (y - centre) / markScale;
      const white = coverage(markDistance(mx, my) * markScale, pixel);
      const i = (row * size + col) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((brand[c] ?? 0) + (255 - (brand[c] ?? 0)) * white);
      pixels[i + 3] = Math.round(255 * background);
    }
  }
  return pixels;
}

// The bars of the week at a glance as one SVG path per series: three elements instead of one per
// week and series, so the page's HTML and the drawing stay small.

/** Where each bar goes: its left edge, its width and the line it stands on (SVG units). */
export interface BarPlacement {
  left: (index: number) => number;
  width: number;
  base: number;
}

/** A number written short for a path (two decimals at most, no trailing zeros). */
const short = (n: number) => String(Math.round(n * 100) / 100);

/**
 * One path with a bar for each height, standing on the base line (a height of 0 draws nothing):
 * [10, 0, 5] → "M2.5 112h7v-10h-7z" + "M62.5 112h7v-5h-7z" for bars 30 units apart.
 */
export function barsPath(heights: readonly number[], { left, width, base }: BarPlacement): string {
  return heights
    .map((height, i) => (height > 0 ? `M${short(left(i))} ${base}h${width}v-${short(height)}h-${width}z` : ''))
    .join('');
}

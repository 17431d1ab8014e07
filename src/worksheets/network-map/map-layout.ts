// Where the drawn network map puts everything, in CSS pixels of a box of a given size: the student
// in the middle, each circle as a cluster around its name, each person a dot in a cell of a grid,
// so that no two dots or labels overlap at any width. Pure: the NetworkMap island measures the box
// and draws what this returns.

/** A point in the map, in CSS pixels from its top left corner. */
export interface Point {
  x: number;
  y: number;
}

/** How the map shows people: a dot with a first name, a dot with initials, or only counts per circle. */
export type MapMode = 'names' | 'initials' | 'counts';

/** One circle in the map: where its name goes and where each of its people is (in the order given). */
export interface ClusterLayout {
  id: string;
  /** The middle of its name label. */
  label: Point;
  dots: Point[];
}

/** The whole map. */
export interface MapLayout {
  mode: MapMode;
  /** The student. */
  you: Point;
  /** The grid cell each dot sits in (its label fits in it). */
  cell: { w: number; h: number };
  clusters: ClusterLayout[];
}

/** Above this many people the map shows counts per circle instead of one dot each (the list shows everyone). */
export const MAX_DOTS = 40;

/** Cells for a dot with a first name under it, and for a dot with initials inside. */
const CELLS: Readonly<Record<Exclude<MapMode, 'counts'>, { w: number; h: number }>> = {
  names: { w: 64, h: 38 },
  initials: { w: 32, h: 32 },
};
/** Room for a circle's name: about this many pixels per character, at most 220 px or 40% of the box. */
const LABEL_CHAR = 7.2;
const LABEL_H = 20;
/** Free room around the student's dot and label. */
const YOU_R = 34;
const MARGIN = 6;

/** A circle's name as its label shows it (cut with "…" to fit) and the label's width in pixels. */
export function clusterLabel(name: string, boxWidth: number): { text: string; w: number } {
  const max = Math.min(220, boxWidth * 0.4);
  const chars = Math.floor((max - 12) / LABEL_CHAR);
  const text = name.length > chars ? `${name.slice(0, chars - 1).trimEnd()}…` : name;
  return { text, w: Math.max(40, text.length * LABEL_CHAR + 12) };
}

/** Where each circle's middle goes: evenly around the student on an ellipse, the first at the top. */
export function clusterCentres(width: number, height: number, count: number): Point[] {
  const you = { x: width / 2, y: height / 2 };
  if (count === 1) return [{ x: you.x, y: you.y - height * 0.27 }];
  return Array.from({ length: count }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: you.x + Math.cos(a) * width * 0.3, y: you.y + Math.sin(a) * height * 0.3 };
  });
}

/** Centres of the grid cells that fit in the box (rows staggered by half a cell). */
function gridPoints(width: number, height: number, cell: { w: number; h: number }): Point[] {
  const points: Point[] = [];
  const rows = Math.floor((height - 2 * MARGIN) / cell.h);
  const top = (height - rows * cell.h) / 2 + cell.h / 2;
  // Every other row is shifted by half a cell: the same columns for all rows, centred as a whole.
  const cols = Math.floor((width - 2 * MARGIN - cell.w / 2) / cell.w);
  const left = (width - cols * cell.w - cell.w / 2) / 2 + cell.w / 2;
  for (let r = 0; r < rows; r++) {
    const shift = r % 2 ? cell.w / 2 : 0;
    for (let c = 0; c < cols; c++) points.push({ x: left + shift + c * cell.w, y: top + r * cell.h });
  }
  return points;
}

const dist2 = (a: Point, b: Point) => (a.x - b.x) ** 2 + (a.y - b.y) ** 2;

/** True when a cell centred at `p` touches the rectangle of width w and height h centred at `c`. */
const touches = (p: Point, cell: { w: number; h: number }, c: Point, w: number, h: number) =>
  Math.abs(p.x - c.x) < (cell.w + w) / 2 && Math.abs(p.y - c.y) < (cell.h + h) / 2;

/** Places dots for `counts` people per circle in cells of `cell`; undefined when they do not all fit. */
function place(
  width: number,
  height: number,
  groups: ReadonlyArray<{ id: string; name: string; count: number }>,
  cell: { w: number; h: number },
  counts: boolean,
): { you: Point; clusters: ClusterLayout[] } | undefined {
  const you = { x: width / 2, y: height / 2 };
  const centres = clusterCentres(width, height, groups.length);
  const labels = groups.map((g, i) => {
    const { w } = clusterLabel(g.name, width);
    const c = centres[i] as Point;
    // The whole label inside the box.
    const x = Math.min(Math.max(c.x, w / 2 + MARGIN), width - w / 2 - MARGIN);
    return { at: { x, y: c.y }, w };
  });
  const free = gridPoints(width, height, cell).filter(
    (p) =>
      !touches(p, cell, you, 2 * YOU_R, 2 * YOU_R) &&
      !labels.some((l) => touches(p, cell, l.at, l.w, counts ? LABEL_H * 2 : LABEL_H)),
  );
  const clusters: ClusterLayout[] = groups.map((g, i) => ({ id: g.id, label: labels[i]?.at as Point, dots: [] }));
  if (counts) return { you, clusters };
  const taken = new Set<number>();
  /** The circle whose label is nearest to `p`. */
  const nearest = (p: Point) =>
    labels.reduce((best, l, i) => (dist2(p, l.at) < dist2(p, (labels[best] as { at: Point }).at) ? i : best), 0);
  // Round by round, each circle that still has people takes the free cell nearest its middle.
  for (let round = 0; ; round++) {
    let placed = false;
    for (const [i, g] of groups.entries()) {
      if (round >= g.count) continue;
      let best = -1;
      let bestCost = Number.POSITIVE_INFINITY;
      for (const [k, p] of free.entries()) {
        if (taken.has(k)) continue;
        // Cells nearer another circle's middle come last, so that circles do not mix while there is
        // room; then the cell next to the circle's own dots.
        const own = clusters[i]?.dots ?? [];
        const cost =
          nearest(p) === i
            ? dist2(p, labels[i]?.at as Point)
            : 1e9 + Math.min(dist2(p, labels[i]?.at as Point), ...own.map((d) => dist2(p, d)));
        if (cost < bestCost) {
          best = k;
          bestCost = cost;
        }
      }
      if (best < 0) return undefined;
      taken.add(best);
      clusters[i]?.dots.push(free[best] as Point);
      placed = true;
    }
    if (!placed) return { you, clusters };
  }
}

/**
 * Lays out the map in a box of `width` × `height` CSS pixels for circles with `count` people each:
 * dots with first names when they fit, else dots with initials, else (or past MAX_DOTS people)
 * only each circle's name with its count.
 */
export function layoutMap(
  width: number,
  height: number,
  groups: ReadonlyArray<{ id: string; name: string; count: number }>,
): MapLayout {
  const total = groups.reduce((n, g) => n + g.count, 0);
  if (total <= MAX_DOTS) {
    for (const mode of ['names', 'initials'] as const) {
      const found = place(width, height, groups, CELLS[mode], false);
      if (found) return { mode, cell: CELLS[mode], ...found };
    }
  }
  const cell = CELLS.initials;
  return { mode: 'counts', cell, ...(place(width, height, groups, cell, true) as { you: Point; clusters: [] }) };
}

/** The label under a dot: the first word of the name, cut to 9 characters. */
export function shortName(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.length > 9 ? `${first.slice(0, 8)}…` : first;
}

/** Up to two initials for a dot: the first letters of the first and last words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

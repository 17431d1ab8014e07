import { describe, expect, it } from 'vitest';
import { clusterCentres, clusterLabel, initials, layoutMap, MAX_DOTS, type MapLayout, shortName } from './map-layout';

const circles = (...counts: number[]) =>
  counts.map((count, i) => ({
    id: `c${i}`,
    name:
      [
        'Work and internships',
        'Family and friends',
        'Activities and hobbies',
        'Neighbours',
        'Volunteering',
        'Online groups',
      ][i] ?? `Circle ${i}`,
    count,
  }));

const allDots = (layout: MapLayout) => layout.clusters.flatMap((c) => c.dots);

/** Every pair of dots is at least one cell apart in one direction, so labels never overlap. */
function expectNoOverlap(layout: MapLayout) {
  const dots = allDots(layout);
  for (const [i, a] of dots.entries()) {
    for (const b of dots.slice(i + 1)) {
      const apart = Math.abs(a.x - b.x) >= layout.cell.w / 2 - 0.01 && Math.abs(a.y - b.y) >= layout.cell.h - 0.01;
      const sideBySide = Math.abs(a.x - b.x) >= layout.cell.w - 0.01;
      const rowsApart = Math.abs(a.y - b.y) >= 2 * layout.cell.h - 0.01;
      expect(apart || sideBySide || rowsApart, `dots at ${a.x},${a.y} and ${b.x},${b.y}`).toBe(true);
    }
  }
}

/** Every dot's cell lies inside the box. */
function expectInside(layout: MapLayout, width: number, height: number) {
  for (const p of allDots(layout)) {
    expect(p.x - layout.cell.w / 2).toBeGreaterThanOrEqual(0);
    expect(p.x + layout.cell.w / 2).toBeLessThanOrEqual(width);
    expect(p.y - layout.cell.h / 2).toBeGreaterThanOrEqual(0);
    expect(p.y + layout.cell.h / 2).toBeLessThanOrEqual(height);
  }
}

describe('layoutMap', () => {
  it('puts the student in the middle and gives every person of every circle a dot', () => {
    const layout = layoutMap(700, 440, circles(7, 7, 6));
    expect(layout.you).toEqual({ x: 350, y: 220 });
    expect(layout.mode).toBe('names');
    expect(layout.clusters.map((c) => c.dots.length)).toEqual([7, 7, 6]);
    expectNoOverlap(layout);
    expectInside(layout, 700, 440);
  });

  it('keeps each dot clear of the student and of every circle name', () => {
    const layout = layoutMap(700, 440, circles(10, 10, 10));
    for (const p of allDots(layout)) {
      const nearYou = Math.abs(p.x - 350) < layout.cell.w / 2 + 34 && Math.abs(p.y - 220) < layout.cell.h / 2 + 34;
      expect(nearYou).toBe(false);
      for (const [i, c] of layout.clusters.entries()) {
        const { w } = clusterLabel(circles(10, 10, 10)[i]?.name ?? '', 700);
        const onLabel =
          Math.abs(p.x - c.label.x) < (layout.cell.w + w) / 2 && Math.abs(p.y - c.label.y) < (layout.cell.h + 20) / 2;
        expect(onLabel).toBe(false);
      }
    }
  });

  it('groups each circle around its own name: a dot is nearer its circle than most others', () => {
    const layout = layoutMap(700, 440, circles(6, 6, 6));
    for (const [i, c] of layout.clusters.entries()) {
      for (const p of c.dots) {
        const d = (q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
        const own = d(c.label);
        const nearer = layout.clusters.filter((o, j) => j !== i && d(o.label) < own).length;
        expect(nearer).toBe(0);
      }
    }
  });

  it('draws 20 people with initials on a 320 px phone, where first names do not fit', () => {
    const layout = layoutMap(288, 346, circles(7, 7, 6));
    expect(layout.mode).toBe('initials');
    expect(allDots(layout)).toHaveLength(20);
    expectNoOverlap(layout);
    expectInside(layout, 288, 346);
  });

  it('draws 20 people with first names on a 390 px phone', () => {
    const layout = layoutMap(340, 408, circles(7, 7, 6));
    expect(layout.mode).toBe('names');
    expectNoOverlap(layout);
    expectInside(layout, 340, 408);
  });

  it(`shows counts only past ${MAX_DOTS} people, at any width`, () => {
    expect(layoutMap(900, 560, circles(14, 13, 13)).mode).not.toBe('counts');
    const layout = layoutMap(900, 560, circles(14, 14, 13));
    expect(layout.mode).toBe('counts');
    expect(allDots(layout)).toHaveLength(0);
    expect(layout.clusters).toHaveLength(3);
  });

  it('falls back to counts when even dots with initials do not fit', () => {
    expect(layoutMap(160, 160, circles(20, 20)).mode).toBe('counts');
  });

  it('draws an empty map: the student and each circle name, no dots', () => {
    const layout = layoutMap(340, 408, circles(0, 0, 0));
    expect(layout.mode).toBe('names');
    expect(allDots(layout)).toHaveLength(0);
    expect(layout.clusters).toHaveLength(3);
  });

  it('keeps every circle name inside the box and apart from the others, with six circles on a phone', () => {
    const width = 288;
    const groups = circles(1, 1, 1, 1, 1, 1);
    const layout = layoutMap(width, 346, groups);
    const boxes = layout.clusters.map((c, i) => ({ c: c.label, w: clusterLabel(groups[i]?.name ?? '', width).w }));
    for (const [i, a] of boxes.entries()) {
      expect(a.c.x - a.w / 2).toBeGreaterThanOrEqual(0);
      expect(a.c.x + a.w / 2).toBeLessThanOrEqual(width);
      for (const b of boxes.slice(i + 1)) {
        const overlap = Math.abs(a.c.x - b.c.x) < (a.w + b.w) / 2 && Math.abs(a.c.y - b.c.y) < 20;
        expect(overlap).toBe(false);
      }
    }
  });

  it('is the same for the same input (no randomness)', () => {
    expect(layoutMap(500, 400, circles(5, 3, 2))).toEqual(layoutMap(500, 400, circles(5, 3, 2)));
  });
});

describe('clusterCentres', () => {
  it('puts one circle above the student and spreads several evenly, the first at the top', () => {
    expect(clusterCentres(400, 400, 1)[0]?.y).toBeLessThan(200);
    const four = clusterCentres(400, 400, 4);
    expect(four[0]?.x).toBeCloseTo(200);
    expect(four[0]?.y).toBeLessThan(200);
    expect(four[2]?.y).toBeGreaterThan(200);
  });
});

describe('labels', () => {
  it('cuts a long circle name to fit a narrow box, with an ellipsis', () => {
    expect(clusterLabel('Work', 300)).toEqual({ text: 'Work', w: 40.8 });
    const long = clusterLabel('People from my summer internship at the county lab', 288);
    expect(long.text.endsWith('…')).toBe(true);
    expect(long.w).toBeLessThanOrEqual(288 * 0.4);
  });

  it('labels a dot with the first name, cut to nine characters', () => {
    expect(shortName('  Sam   Lee ')).toBe('Sam');
    expect(shortName('Bartholomew Jones')).toBe('Bartholo…');
  });

  it('gives up to two initials, from the first and last words', () => {
    expect(initials('sam de la Cruz')).toBe('SC');
    expect(initials('Prince')).toBe('P');
    expect(initials('Émile Zola')).toBe('ÉZ');
  });
});

import { describe, expect, it } from 'vitest';
import { checkPage, staleExceptions } from '../../scripts/budgets.mjs';

const KB = 1024;
const budgets = {
  html: 10 * KB,
  css: 10 * KB,
  jsBeforeWorksheet: 5 * KB,
  sharedRuntime: 17 * KB,
  islandOwn: 8 * KB,
  jsInAll: { '/pitch/': 27 * KB },
  total: 40 * KB,
  exceptions: {
    $comment: 'why',
    '/big/': { 'island:Tracker': 12 * KB, total: 45 * KB },
  },
};
/** A page with one island (or none); `js` is everything after hydration. */
const page = (own: number, { before = 4 * KB, runtime = 16 * KB, island = 'Tracker', worksheet = true } = {}) => ({
  html: 5 * KB,
  css: 5 * KB,
  before,
  runtime,
  islands: worksheet ? [{ name: island, own }] : [],
  js: before + (worksheet ? runtime + own : 0),
  worksheet,
});

describe('checkPage', () => {
  it('passes a page within every budget', () => {
    expect(checkPage('/a/', page(7 * KB), budgets)).toEqual({ over: [], accepted: [] });
  });

  it('checks the JavaScript before any worksheet is in view on every page, with or without islands', () => {
    const { over } = checkPage('/a/', page(0, { before: 6 * KB, worksheet: false }), budgets);
    expect(over).toEqual([{ what: 'JS before any worksheet is in view', value: 6 * KB, limit: 5 * KB }]);
  });

  it('checks the shared runtime and each island on pages with islands only', () => {
    const { over } = checkPage('/a/', page(9 * KB, { runtime: 18 * KB }), budgets);
    expect(over.map((f) => f.what)).toEqual(['shared runtime (Solid and the workbook)', "Tracker's own code"]);
    expect(checkPage('/a/', page(9 * KB, { runtime: 18 * KB, worksheet: false }), budgets).over).toEqual([]);
  });

  it('checks all the JavaScript only where budgets.json sets a budget for it', () => {
    const pitch = page(8 * KB, { runtime: 16 * KB });
    expect(checkPage('/pitch/', pitch, budgets).over).toEqual([{ what: 'JS in all', value: 28 * KB, limit: 27 * KB }]);
    expect(checkPage('/other/', pitch, budgets).over).toEqual([]);
  });

  it('counts HTML, CSS and the JavaScript before any worksheet in the total up front, not the islands', () => {
    const wide = { ...budgets, exceptions: { '/wide/': { html: 31 * KB } } };
    const fits = { ...page(7 * KB), html: 30 * KB, css: 6 * KB };
    expect(checkPage('/wide/', fits, wide).over).toEqual([]);
    expect(checkPage('/wide/', { ...fits, css: 7 * KB }, wide).over).toEqual([
      { what: 'total up front', value: 41 * KB, limit: 40 * KB },
    ]);
  });

  it('accepts an excepted island up to its ceiling, and fails it past the ceiling', () => {
    expect(checkPage('/big/', page(11 * KB), budgets)).toEqual({
      over: [],
      accepted: [{ what: "Tracker's own code", value: 11 * KB, limit: 8 * KB, ceiling: 12 * KB }],
    });
    const { over } = checkPage('/big/', page(13 * KB), budgets);
    expect(over).toEqual([{ what: "Tracker's own code", value: 13 * KB, limit: 8 * KB, ceiling: 12 * KB }]);
  });

  it('an exception for one island does not excuse another', () => {
    const { over } = checkPage('/big/', page(9 * KB, { island: 'Notes' }), budgets);
    expect(over).toEqual([{ what: "Notes's own code", value: 9 * KB, limit: 8 * KB }]);
  });
});

describe('staleExceptions', () => {
  it('names exceptions for pages that are gone, measures back within budget and islands the page lacks', () => {
    expect(staleExceptions(budgets, new Map([['/big/', page(7 * KB)]]))).toEqual([
      "/big/: Tracker's own code is within budget now: remove its exception",
      '/big/: total up front is within budget now: remove its exception',
    ]);
    expect(staleExceptions(budgets, new Map([['/big/', page(11 * KB, { island: 'Notes' })]]))).toContain(
      '/big/: an exception for island:Tracker, which this page does not have',
    );
    expect(staleExceptions(budgets, new Map())).toEqual(['/big/: an exception for a page that is not built']);
  });

  it('keeps exceptions that are still needed', () => {
    const weights = new Map([['/big/', { ...page(11 * KB), html: 36 * KB }]]);
    expect(staleExceptions(budgets, weights)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPage, staleExceptions } from '../../scripts/budgets.mjs';

const KB = 1024;
const budgets = {
  html: 10 * KB,
  css: 10 * KB,
  jsWithoutWorksheet: 5 * KB,
  jsWithWorksheet: 20 * KB,
  total: 40 * KB,
  exceptions: {
    $comment: 'why',
    '/big/': { js: 30 * KB, total: 45 * KB },
  },
};
const page = (js: number, worksheet = true) => ({ html: 5 * KB, css: 5 * KB, js, worksheet });

describe('checkPage', () => {
  it('passes a page within every budget', () => {
    expect(checkPage('/a/', page(19 * KB), budgets)).toEqual({ over: [], accepted: [] });
  });

  it('uses the smaller JavaScript budget on pages without a worksheet', () => {
    const { over } = checkPage('/a/', page(6 * KB, false), budgets);
    expect(over).toEqual([{ what: 'JS', value: 6 * KB, limit: 5 * KB }]);
  });

  it('fails a page over budget that has no exception, and checks the total', () => {
    const { over } = checkPage('/a/', page(31 * KB), budgets);
    expect(over.map((f) => f.what)).toEqual(['JS', 'total']);
  });

  it('accepts an excepted page up to its ceiling, and fails it past the ceiling', () => {
    expect(checkPage('/big/', page(29 * KB), budgets)).toEqual({
      over: [],
      accepted: [{ what: 'JS', value: 29 * KB, limit: 20 * KB, ceiling: 30 * KB }],
    });
    const { over } = checkPage('/big/', page(31 * KB), budgets);
    expect(over).toEqual([{ what: 'JS', value: 31 * KB, limit: 20 * KB, ceiling: 30 * KB }]);
  });

  it('holds a page with a budget of its own to that budget instead', () => {
    const own = { ...budgets, pages: { $comment: 'why', '/small/': { js: 12 * KB, total: 25 * KB } } };
    expect(checkPage('/small/', page(11 * KB), own)).toEqual({ over: [], accepted: [] });
    expect(checkPage('/small/', page(13 * KB), own).over).toEqual([{ what: 'JS', value: 13 * KB, limit: 12 * KB }]);
    expect(checkPage('/other/', page(13 * KB), own)).toEqual({ over: [], accepted: [] });
  });

  it('an exception for one measure does not excuse another', () => {
    const { over } = checkPage('/big/', { html: 11 * KB, css: 1 * KB, js: 1 * KB, worksheet: true }, budgets);
    expect(over).toEqual([{ what: 'HTML', value: 11 * KB, limit: 10 * KB }]);
  });
});

describe('staleExceptions', () => {
  it('names exceptions for pages that are gone and measures back within budget', () => {
    const weights = new Map([['/big/', page(19 * KB)]]);
    expect(staleExceptions(budgets, weights)).toEqual([
      '/big/: JS is within budget now: remove its exception',
      '/big/: total is within budget now: remove its exception',
    ]);
    expect(staleExceptions(budgets, new Map())).toEqual(['/big/: an exception for a page that is not built']);
  });

  it('names budgets of their own for pages that are gone', () => {
    const own = { ...budgets, exceptions: {}, pages: { $comment: 'why', '/small/': { js: 12 * KB } } };
    expect(staleExceptions(own, new Map([['/small/', page(1 * KB)]]))).toEqual([]);
    expect(staleExceptions(own, new Map())).toEqual(['/small/: a budget for a page that is not built']);
  });

  it('keeps exceptions that are still needed', () => {
    const weights = new Map([['/big/', page(35 * KB)]]);
    expect(staleExceptions(budgets, weights)).toEqual([]);
  });
});

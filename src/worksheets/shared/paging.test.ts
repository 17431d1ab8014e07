import { describe, expect, it } from 'vitest';
import { firstPage, moreToShow, PAGE_SIZE } from './paging';

const ids = Array.from({ length: 5000 }, (_, i) => `p${i}`);

describe('firstPage', () => {
  it('keeps the first items of a long list, in order', () => {
    expect(firstPage(ids, PAGE_SIZE)).toEqual(ids.slice(0, 50));
    expect(firstPage(ids, 100).at(-1)).toBe('p99');
  });

  it('gives a short list as it is, and everything when the limit is infinite (printing)', () => {
    const short = ids.slice(0, 3);
    expect(firstPage(short, PAGE_SIZE)).toBe(short);
    expect(firstPage(ids, Number.POSITIVE_INFINITY)).toBe(ids);
  });
});

describe('moreToShow', () => {
  it('offers a page more while more than a page is hidden', () => {
    expect(moreToShow(50, 5000)).toEqual({ more: 50, hidden: 4950 });
  });

  it('offers only what is left on the last page, and nothing when all are shown', () => {
    expect(moreToShow(4950, 4990)).toEqual({ more: 40, hidden: 40 });
    expect(moreToShow(50, 12)).toEqual({ more: 0, hidden: 0 });
    expect(moreToShow(Number.POSITIVE_INFINITY, 5000)).toEqual({ more: 0, hidden: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { resultsToItems } from './search-results';

describe('resultsToItems', () => {
  it('keeps section links with fragments, drops the page-level one, at most three', () => {
    const items = resultsToItems([
      {
        url: '/steps/elevator-pitch/',
        excerpt: 'your <mark>pitch</mark>',
        meta: { title: 'Create your elevator pitch' },
        sub_results: [
          { title: 'Create your elevator pitch', url: '/steps/elevator-pitch/', excerpt: '' },
          { title: 'A', url: '/steps/elevator-pitch/#a', excerpt: '' },
          { title: 'B', url: '/steps/elevator-pitch/#b', excerpt: '' },
          { title: 'C', url: '/steps/elevator-pitch/#c', excerpt: '' },
          { title: 'D', url: '/steps/elevator-pitch/#d', excerpt: '' },
        ],
      },
    ]);
    expect(items).toEqual([
      {
        url: '/steps/elevator-pitch/',
        title: 'Create your elevator pitch',
        excerpt: 'your <mark>pitch</mark>',
        sections: [
          { title: 'A', url: '/steps/elevator-pitch/#a' },
          { title: 'B', url: '/steps/elevator-pitch/#b' },
          { title: 'C', url: '/steps/elevator-pitch/#c' },
        ],
      },
    ]);
  });
  it('falls back to the URL when a page has no title', () => {
    expect(resultsToItems([{ url: '/x/', excerpt: '', meta: {} }])[0]?.title).toBe('/x/');
  });
});

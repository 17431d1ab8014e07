import { describe, expect, it } from 'vitest';
import { HASHED_FILES, precacheGaps, precacheSummary } from './precache';

/** A precache list with one file of each essential kind. */
const complete = [
  'index.html',
  '404.html',
  'steps/repeat/index.html',
  '_astro/page.Ab12.js',
  '_astro/BaseLayout.Cd34.css',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_5a5d4ff194.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/en_53f532c.pf_index',
  'pagefind/fragment/en_fd20ac8.pf_fragment',
  'manifest.webmanifest',
];
const pages = ['index.html', '404.html', 'steps/repeat/index.html'];

describe('precacheGaps', () => {
  it('finds nothing missing when every essential file and every page is listed', () => {
    expect(precacheGaps(complete, pages)).toEqual([]);
  });

  it('names each missing essential file by what it is for', () => {
    const withoutSearch = complete.filter((f) => !f.startsWith('pagefind/index/') && f !== '404.html');
    expect(precacheGaps(withoutSearch, ['index.html'])).toEqual([
      'the offline page for unknown addresses (404.html)',
      'the search index (pagefind/index/)',
    ]);
  });

  it('names every built page that is not listed', () => {
    expect(precacheGaps(complete, [...pages, 'plan/index.html', 'advisor/index.html'])).toEqual([
      'the page plan/index.html',
      'the page advisor/index.html',
    ]);
  });
});

describe('precacheSummary', () => {
  it('gives the number of files and the size in megabytes and bytes', () => {
    expect(precacheSummary(117, 1_602_207)).toBe('117 files, 1.6 MB (1602207 bytes)');
  });
});

describe('HASHED_FILES', () => {
  it('matches only files under _astro/, whose names carry a content hash', () => {
    expect(HASHED_FILES.test('_astro/search.haEBR2x_.js')).toBe(true);
    expect(HASHED_FILES.test('pagefind/pagefind.js')).toBe(false);
    expect(HASHED_FILES.test('index.html')).toBe(false);
  });
});

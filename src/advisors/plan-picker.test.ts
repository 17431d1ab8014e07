import { describe, expect, it } from 'vitest';
import { matchesQuery, searchWords, shownWords } from './plan-filter';
import { countWords, LIMIT_MESSAGE } from './plan-picker';

describe('the plan picker', () => {
  it('counts what is chosen out of the limit', () => {
    expect(countWords(0)).toBe('0 of 30 items chosen.');
    expect(countWords(30)).toBe('30 of 30 items chosen.');
  });

  it('says how many items the filter shows', () => {
    expect(shownWords('', 228, 228)).toBe('Showing all 228 items.');
    expect(shownWords('pitch', 3, 228)).toBe('Showing 3 of 228 items.');
  });

  it('says why a tick was refused and what to do', () => {
    expect(LIMIT_MESSAGE).toBe('A plan holds up to 30 items, so this one was not added. Untick another item first.');
  });
});

describe('matchesQuery', () => {
  it('finds words by their start, in any case, whatever the punctuation', () => {
    expect(matchesQuery('Worksheet: Your thank-you note', 'thank')).toBe(true);
    expect(matchesQuery('Worksheet: Your thank-you note', 'THANK YOU')).toBe(true);
    expect(matchesQuery('/steps/follow-up/#thank-you', 'follow')).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(matchesQuery('Your pitch builder', 'pitch builder')).toBe(true);
    expect(matchesQuery('Your pitch builder', 'pitch email')).toBe(false);
    expect(matchesQuery('Your pitch builder', 'itch')).toBe(false);
  });

  it('shows everything for an empty query, and ignores accents', () => {
    expect(matchesQuery('Anything', '   ')).toBe(true);
    expect(matchesQuery('Résumé tips', 'resume')).toBe(true);
    expect(searchWords('Hello, World!')).toEqual(['hello', 'world']);
  });
});

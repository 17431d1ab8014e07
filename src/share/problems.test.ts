import { describe, expect, it } from 'vitest';
import { isCodeProblem, type OpenProblem, problemText } from './problems';

const ALL: OpenProblem[] = [
  'empty',
  'not-a-link',
  'newer',
  'too-large',
  'damaged',
  'altered',
  'wrong-code',
  'no-code',
  'unsupported',
  'unreadable',
];

describe('problemText', () => {
  it('has a different sentence for each problem, about a link or a file', () => {
    const links = ALL.map((p) => problemText(p, 'link'));
    expect(new Set(links).size).toBe(ALL.length);
    for (const text of links) {
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(text).not.toMatch(/\bfile\b/);
    }
    expect(problemText('damaged', 'file')).toBe(
      'This file is cut short or was changed on the way, so it cannot be read. Ask for the file again, and copy all of it.',
    );
  });

  it('keeps each sentence short: at most 25 words a sentence', () => {
    for (const p of ALL)
      for (const sentence of problemText(p).split(/(?<=\.) /))
        expect(sentence.split(' ').length).toBeLessThanOrEqual(25);
  });
});

describe('isCodeProblem', () => {
  it('is true only for a missing or wrong code', () => {
    expect(ALL.filter(isCodeProblem)).toEqual(['wrong-code', 'no-code']);
  });
});

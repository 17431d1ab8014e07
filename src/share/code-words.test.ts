import { describe, expect, it } from 'vitest';
import { CODE_WORD_COUNT, MIN_OWN_CODE, makeCode, ownCodeProblem, tidyCode } from './code-words';
import { CODE_WORDS } from './code-words-list';

describe('the word list', () => {
  it('has 1,024 different words of 3 to 8 lower-case letters', () => {
    expect(CODE_WORDS).toHaveLength(1024);
    expect(new Set(CODE_WORDS).size).toBe(1024);
    for (const word of CODE_WORDS) expect(word).toMatch(/^[a-z]{3,8}$/);
  });
});

describe('makeCode', () => {
  it('picks four words by the last 10 bits of each random number', () => {
    const fill = (values: Uint16Array) => values.map((_, i) => [0, 1023, 1024, 0xffff][i] ?? 0);
    expect(makeCode(fill)).toBe([CODE_WORDS[0], CODE_WORDS[1023], CODE_WORDS[0], CODE_WORDS[1023]].join(' '));
  });

  it('makes four words of the list with the browser random numbers', () => {
    const words = makeCode().split(' ');
    expect(words).toHaveLength(CODE_WORD_COUNT);
    for (const word of words) expect(CODE_WORDS).toContain(word);
  });
});

describe('tidyCode', () => {
  it('lower-cases and puts one space between words, whatever separated them', () => {
    expect(tidyCode('  Maple-River\tcandle,  ORBIT. ')).toBe('maple river candle orbit');
    expect(tidyCode('maple_river\ncandle orbit')).toBe('maple river candle orbit');
  });

  it('treats composed and decomposed letters alike', () => {
    expect(tidyCode('Jose\u0301 cafe\u0301')).toBe(tidyCode('José café'));
  });
});

describe('ownCodeProblem', () => {
  it('asks for a code when there is none', () => {
    expect(ownCodeProblem('  - ')).toBe('Type a code, or use the words the site made for you.');
  });

  it(`refuses codes shorter than ${MIN_OWN_CODE} characters and accepts longer ones`, () => {
    expect(ownCodeProblem('short one')).toMatch(/too short/);
    expect(ownCodeProblem('my own long code')).toBeUndefined();
  });
});

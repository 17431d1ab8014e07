// Codes that lock a shared link or a moved workbook: four common words the site picks at random,
// or a code the student chooses. Codes are compared after tidying, so "Maple-River  candle ORBIT"
// opens what "maple river candle orbit" locked.
import { CODE_WORDS } from './code-words-list';

/** How many words a generated code has. */
export const CODE_WORD_COUNT = 4;
/** The shortest code a student may choose, in characters (after tidying). */
export const MIN_OWN_CODE = 12;

/** Fills a list with random numbers (the browser's crypto.getRandomValues in the site). */
export type RandomFill = (values: Uint16Array<ArrayBuffer>) => Uint16Array;

const cryptoFill: RandomFill = (values) => crypto.getRandomValues(values);

/**
 * A new code of four words, each picked at random from the 1,024 words (a 16-bit random number
 * keeps its last 10 bits, so every word is equally likely).
 */
export function makeCode(fill: RandomFill = cryptoFill): string {
  const numbers = fill(new Uint16Array(CODE_WORD_COUNT));
  return Array.from(numbers, (n) => CODE_WORDS[n % CODE_WORDS.length] ?? CODE_WORDS[0]).join(' ');
}

/**
 * A code as it is used for locking: lower case, with spaces, hyphens, dots, commas and line breaks
 * between words turned into one space, and none at either end.
 */
export function tidyCode(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s.,;:_-]+/u)
    .filter(Boolean)
    .join(' ');
}

/** What is wrong with a code the student typed to lock something, in words; undefined when it is fine. */
export function ownCodeProblem(text: string): string | undefined {
  const code = tidyCode(text);
  if (code === '') return 'Type a code, or use the words the site made for you.';
  if (code.length < MIN_OWN_CODE)
    return `This code is too short to keep your answers safe. Use at least ${MIN_OWN_CODE} letters, or use the words the site made for you.`;
  return undefined;
}

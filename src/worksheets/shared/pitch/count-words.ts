// Counting the words of a pitch or a message as a listener would hear them.

// Dashes that separate words: em and en dashes, the figure dash, the horizontal bar, a run of two or
// more hyphens standing in for a dash, and slashes ("and/or" is said as two words).
const SEPARATORS = /[\u2012-\u2015\u2E3A\u2E3B\uFE58/]|-{2,}/g;
// Spaces of every kind, including no-break and zero-width ones.
const SPACES = /[\s\u200B\u2060\uFEFF]+/u;
// A word has at least one letter or digit; lone punctuation, symbols and emoji are not said aloud.
const SAYABLE = /[\p{L}\p{N}]/u;

/**
 * Counts the words a listener would hear: "well-known", "don't", "3.5", "2026" and "20%" are one
 * word each; "work—and" is two; punctuation, emoji and extra spaces or line breaks add nothing.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.replace(SEPARATORS, ' ').split(SPACES)) {
    if (SAYABLE.test(token)) count += 1;
  }
  return count;
}

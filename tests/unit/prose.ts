import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Sentence, word and syllable counts of a text, as `flesch-kincaid` expects them. */
export type ProseCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Removes the YAML frontmatter block (between the first two `---` lines) from an MDX file. */
export function stripFrontmatter(source: string): string {
  return source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
}

/** Removes explicit heading ids such as ` {#common-mistakes}`, keeping the heading text and line numbers. */
export function stripHeadingIds(source: string): string {
  return source.replace(/[ \t]*\{#[^}\n]*\}[ \t]*$/gm, '');
}

/** Turns an MDX page into plain prose, one sentence-like unit per line (paragraph, heading, list item, cell). */
export function extractProse(source: string): string {
  let text = stripFrontmatter(source);
  text = text.replace(/^(```|~~~)[\s\S]*?^\1[ \t]*$/gm, '');
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  text = stripHeadingIds(text);
  text = text.replace(/^(import|export)\s.*$/gm, '');
  text = text.replace(/<https?:[^>\s]*>/g, '');
  // JSX and HTML tags: drop the tag, keep its content; a title attribute is visible text, so keep it as a unit.
  text = text.replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*?)?\/?>/g, (tag) => {
    const title = /\stitle=(?:"([^"]*)"|'([^']*)')/.exec(tag);
    return title ? `\n\n${title[1] ?? title[2]}\n\n` : '\n\n';
  });
  text = text.replace(/\{[^{}]*\}/g, '');
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  text = text.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1');
  text = text.replace(/^\s*\[[^\]]+\]:\s.*$/gm, '');
  text = text.replace(/https?:\/\/\S+/g, '');
  text = text.replace(/`+/g, '');
  text = text.replace(/\\$/gm, '');
  text = text.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  text = text.replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?![\w*])/g, '$1$2');

  const units: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) units.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^(\s*>)+\s?/, '').trim();
    if (!line || /^([-*_]\s*){3,}$/.test(line)) {
      flush();
    } else if (line.startsWith('|')) {
      flush();
      if (/^\|[\s|:-]*$/.test(line)) continue;
      units.push(...line.split('|').map((cell) => cell.trim()));
    } else if (/^#{1,6}\s/.test(line) || /^([-*+]|\d+[.)])\s/.test(line)) {
      flush();
      units.push(line.replace(/^(#{1,6}|[-*+]|\d+[.)])\s+/, ''));
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return units
    .map((unit) => unit.replace(/\s+/g, ' ').trim())
    .filter((unit) => wordsOf(unit).length > 0)
    .join('\n');
}

/**
 * Splits prose into sentences: each line is at least one, and a line also breaks after `.`, `!` or `?` and a space
 * (but not after a bare number such as the "1." of "1. Reaching out").
 */
export function splitSentences(prose: string): string[] {
  return prose
    .split('\n')
    .flatMap((line) => line.split(/(?<=(?<!(?:^|\s)\d+)[.!?]["'”’)\]]*)\s+/))
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** The words of a text: tokens between spaces, dashes or slashes that hold a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.split(/[\s—–/→]+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Counts the sentences, words and syllables of prose; every word has at least one syllable. */
export function countProse(prose: string): ProseCounts {
  const words = wordsOf(prose);
  return {
    sentence: splitSentences(prose).length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0),
  };
}

/** The Flesch–Kincaid grade level of the prose of an MDX page. */
export function gradeOf(source: string): number {
  return fleschKincaid(countProse(extractProse(source)));
}

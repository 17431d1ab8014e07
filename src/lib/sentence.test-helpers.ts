// One check for every sentence the site writes around a student's words: no doubled words, no
// nested brackets and no empty slots. Only what the site adds is judged: each piece of the
// student's own free text (`verbatim`) is replaced by a plain word before checking.

/** Problems that show a slot was filled badly or left empty. */
const EMPTY_SLOT: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=\S) {2,}(?=\S)/, 'two spaces in a row'],
  [/ [,.;:!?]/, 'a space before punctuation'],
  [/[,;:?!][.,;:]|\.[,;:]|(?<!\.)\.\.(?!\.)/, 'punctuation doubled'],
  [/\(\s*\)|\[\s*\]|“\s*”|"\s*"|‘\s*’/, 'empty brackets or quotes'],
  [/\b(?:undefined|null|NaN|Invalid Date)\b|\[object Object\]/, 'a missing value written out'],
  [/^[ \t]*[,.;:]/m, 'a line that starts with punctuation'],
  [/\b(?:at|with|by|from)[.,;:!?]/i, 'a word left without what it introduces'],
];

/** Words that appear twice in a row ("at at", "Met, met"), case ignored. */
function doubledWord(text: string): string | undefined {
  const m = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)[\s,;:]+\1(?![\p{L}\p{N}])/iu.exec(text);
  return m?.[0];
}

/** The deepest bracket nesting in the text, and whether the brackets pair up. */
function bracketDepth(text: string): { depth: number; balanced: boolean } {
  let depth = 0;
  let most = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    if (depth < 0) return { depth: most, balanced: false };
    most = Math.max(most, depth);
  }
  return { depth: most, balanced: depth === 0 };
}

/** What is wrong with a generated text, in words; an empty list when it reads well. */
export function sentenceProblems(text: string, verbatim: readonly string[] = []): string[] {
  let judged = text;
  const pieces = [...verbatim].map((v) => v.trim()).filter((v) => v.length > 0);
  pieces.sort((a, b) => b.length - a.length);
  // Each piece becomes its own word, so that two pieces side by side never read as a doubled word.
  let n = 0;
  for (const piece of pieces) {
    judged = judged.split(piece).reduce((before, after) => {
      n += 1;
      return `${before}Student${n}${after}`;
    });
  }
  const problems: string[] = [];
  const doubled = doubledWord(judged);
  if (doubled) problems.push(`doubled word “${doubled}”`);
  const { depth, balanced } = bracketDepth(judged);
  if (depth > 1) problems.push('nested brackets');
  if (!balanced) problems.push('brackets that do not pair up');
  for (const [pattern, what] of EMPTY_SLOT) {
    const m = pattern.exec(judged);
    if (m) problems.push(`${what}: “${judged.slice(Math.max(0, m.index - 20), m.index + 20)}”`);
  }
  return problems;
}

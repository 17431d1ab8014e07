// One date style everywhere: every date the site shows goes through formatDay (src/lib/format-day.ts, re-exported by days.ts,
// with the names in src/lib/date-names.ts). This test reads the source and fails when a date is
// put into words anywhere else.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
/** The one formatter and its names (and the time of day in words, moved out of days.ts). */
const ALLOWED = new Set([
  'src/lib/days.ts',
  'src/lib/format-day.ts',
  'src/lib/date-names.ts',
  'src/lib/time-in-words.ts',
]);

/** Ways of writing a date in words that bypass the formatter. */
const OTHER_FORMATTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btoLocaleDateString\s*\(/, 'toLocaleDateString'],
  [/\btoLocaleTimeString\s*\(/, 'toLocaleTimeString'],
  [/\bDateTimeFormat\b/, 'Intl.DateTimeFormat'],
  [/\btoDateString\s*\(|\btoUTCString\s*\(|\btoGMTString\s*\(/, 'Date#toDateString / toUTCString'],
  [/\btoLocaleString\s*\([^)]*\b(?:weekday|month|year|dateStyle)\b/, 'toLocaleString with date options'],
  [/\b(?:MONTHS|WEEKDAYS_SHORT)\b/, 'the month or weekday names'],
  [/['"`](?:January|February|March|April|June|July|August|September|October|November|December)['"`]/, 'a month name'],
];

/** Every source file of the site (tests and test helpers left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.(?:ts|tsx|astro|mjs|js)$/.test(entry.name)) return [];
    if (/\.test(?:-helpers)?\.ts$|test-arbitraries\.ts$/.test(entry.name)) return [];
    return [path];
  });
}

/** "file:line: what" for each use of another date formatter in `text`. */
function otherDateFormatting(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [pattern, what] of OTHER_FORMATTERS) {
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}`);
    }
  });
  return found;
}

describe('one date formatter', () => {
  it('finds another formatter when there is one (the check itself works)', () => {
    expect(otherDateFormatting('x.ts', 'const s = d.toLocaleDateString("en");')).toHaveLength(1);
    expect(otherDateFormatting('x.ts', 'new Intl.DateTimeFormat(lang, { dateStyle: "full" })')).toHaveLength(1);
    expect(otherDateFormatting('x.ts', "d.toLocaleString('en', { month: 'long' })")).toHaveLength(1);
    expect(otherDateFormatting('x.ts', "import { MONTHS } from './date-names';")).toHaveLength(1);
    expect(otherDateFormatting('x.ts', "n.toLocaleString('en')")).toEqual([]);
  });

  it('puts every date into words through formatDay only', () => {
    const files = sourceFiles(SRC).map((path) => relative(ROOT, path).split('\\').join('/'));
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) => otherDateFormatting(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });
});

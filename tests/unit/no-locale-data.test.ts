import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * Calls that make the browser load its locale data on first use: about 0.2 s for a number format and
 * 10-50 ms for a collator on a slow phone (4x CPU slowdown), paid while a worksheet starts.
 */
const LOCALE_DATA =
  /\.toLocaleString\(|\.toLocaleDateString\(|\.toLocaleTimeString\(|\.localeCompare\(|\bnew Intl\.(?!Segmenter)/;

/**
 * Uses that need the browser's locale data, each paid only when it is needed: a weekly time written
 * as the page's language writes times (the routine, once a time is set), and the date in a named
 * time zone (only when one is given, as tests do).
 */
const NEEDED = ["new Intl.DateTimeFormat(lang, { hour: 'numeric'", "new Intl.DateTimeFormat('en-US', { timeZone,"];

/** Code the browser runs (everything in src/ but tests and what runs only at build time). */
const BUILD_ONLY = new Set(['src/lib/navigation.ts']);
const browserCode = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$|\.test-helpers\.ts$/.test(path))
  .map((path) => join(root, 'src', path))
  .filter((file) => !BUILD_ONLY.has(relative(root, file)));

describe('code the browser runs', () => {
  it('has code to check', () => {
    expect(browserCode.length).toBeGreaterThan(100);
  });

  it('never loads the browser locale data (numbers: src/lib/group-digits.ts, names: compare-names.ts)', () => {
    const found = browserCode.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          LOCALE_DATA.test(line) && !NEEDED.some((use) => line.includes(use))
            ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripFrontmatter } from './prose';

const CONTENT = join(import.meta.dirname, '../../content');
const ID = /^[a-z0-9-]+$/;

const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.split('\\').join('/'))
  .sort();

/** Heading lines of a page body (outside code fences), with level, text and explicit id. */
function headingsOf(source: string) {
  const body = stripFrontmatter(source).replace(/^(```|~~~)[\s\S]*?^\1[ \t]*$/gm, '');
  return body
    .split(/\r?\n/)
    .map((line) => /^(#{1,6})\s+(.*?)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const text = m[2] ?? '';
      const id = /\s\{#([^}]*)\}$/.exec(text)?.[1];
      return { level: (m[1] ?? '').length, text, id };
    });
}

/** The URL path of a content file: "steps/repeat.mdx" → "/steps/repeat/", "index.mdx" → "/". */
function pathOfFile(file: string): string {
  const clean = file.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
  return clean ? `/${clean}/` : '/';
}

const pages = files.map((file) => {
  const source = readFileSync(join(CONTENT, file), 'utf8');
  return { file: `content/${file}`, path: pathOfFile(file), source, headings: headingsOf(source) };
});
const idsByPath = new Map(pages.map((p) => [p.path, new Set(p.headings.map((h) => h.id))]));

/** Routes built from code in src/pages ("workbook.astro" → "/workbook/"); their heading ids are not checked here. */
const codeRoutes = new Set(
  readdirSync(join(import.meta.dirname, '../../src/pages'))
    .filter((f) => /^[a-z0-9-]+\.astro$/.test(f) && f !== '404.astro')
    .map((f) => `/${f.replace(/\.astro$/, '')}/`),
);

describe('heading ids', () => {
  for (const { file, headings } of pages) {
    describe(file, () => {
      it('gives every h2 and h3 an explicit, well-formed id', () => {
        const bad = headings
          .filter((h) => h.level >= 2 && (h.id === undefined || !ID.test(h.id)))
          .map((h) => `${file}: heading "${h.text}" needs an id like {#lowercase-words}`);
        expect(bad, bad.join('\n')).toEqual([]);
      });

      it('uses each id only once', () => {
        const seen = new Set<string>();
        const dupes: string[] = [];
        for (const h of headings) {
          if (h.id === undefined) continue;
          if (seen.has(h.id)) dupes.push(`${file}: heading "${h.text}" repeats the id "${h.id}"`);
          seen.add(h.id);
        }
        expect(dupes, dupes.join('\n')).toEqual([]);
      });

      it('has no h1 in the body and never skips a heading level', () => {
        const problems: string[] = [];
        let previous = 1;
        for (const h of headings) {
          if (h.level === 1) problems.push(`${file}: heading "${h.text}" is an h1; the layout renders the title`);
          else if (h.level > previous + 1)
            problems.push(`${file}: heading "${h.text}" skips from h${previous} to h${h.level}`);
          previous = h.level;
        }
        expect(problems, problems.join('\n')).toEqual([]);
      });
    });
  }
});

describe('internal links', () => {
  for (const { file, source } of pages) {
    it(`${file} links only to pages and heading ids that exist`, () => {
      const body = stripFrontmatter(source);
      const broken: string[] = [];
      for (const m of body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
        const url = m[1] ?? m[2] ?? '';
        const [path = '', fragment] = url.split('#');
        const ids = idsByPath.get(path);
        if (!ids && codeRoutes.has(path)) continue;
        if (!ids) broken.push(`${file}: link to ${url}: no guide page at ${path} (paths end with "/")`);
        else if (fragment !== undefined && !ids.has(fragment))
          broken.push(`${file}: link to ${url}: no heading id "${fragment}"`);
      }
      expect(broken, broken.join('\n')).toEqual([]);
    });
  }

  it('finds content files', () => {
    expect(existsSync(CONTENT)).toBe(true);
    expect(pages.length).toBeGreaterThan(0);
  });
});

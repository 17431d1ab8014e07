import { describe, expect, it } from 'vitest';
import { staticClosure, staticImports } from './module-closure';
import { addPreloadLists } from './preload-list';

/** A built site's modules by site path: an island, its renderer and what they import. */
const MODULES: Record<string, string> = {
  '/_astro/Goals.a1.js':
    'import{a as e}from"./solid.s1.js";import"./Field.f1.js";const t=()=>import("./Editor.e1.js");',
  '/_astro/client.c1.js': 'import{h}from"./solid.s1.js";',
  '/_astro/solid.s1.js': 'export const a=1;',
  '/_astro/Field.f1.js': 'import{x}from"./workbook.w1.js";import"./hash.h1.js";',
  '/_astro/workbook.w1.js': 'import"./hash.h1.js";export const x=2;',
  '/_astro/hash.h1.js': 'export const y=3;',
  '/_astro/Editor.e1.js': 'export default 4;',
  '/_astro/page.p1.js': 'import"./hash.h1.js";',
};
const read = (path: string) => MODULES[path] ?? null;

const island = (client: string, extra = '') =>
  `<astro-island uid="Z1" component-url="/_astro/Goals.a1.js" renderer-url="/_astro/client.c1.js" ssr client="${client}" opts="{}"${extra}><div>form</div></astro-island>`;

describe("a built module's imports", () => {
  it('are its static imports, not the ones it loads on demand', () => {
    expect(staticImports(MODULES['/_astro/Goals.a1.js'] ?? '')).toEqual(['./solid.s1.js', './Field.f1.js']);
  });

  it('are followed to the end, each file once, missing files left out', () => {
    const files = staticClosure(read, ['/_astro/Goals.a1.js', '/_astro/missing.js']);
    expect(files.sort()).toEqual(
      [
        '/_astro/Field.f1.js',
        '/_astro/Goals.a1.js',
        '/_astro/hash.h1.js',
        '/_astro/solid.s1.js',
        '/_astro/workbook.w1.js',
      ].sort(),
    );
  });
});

describe('the list of files an island fetches at once', () => {
  it('names every file its component and renderer need, apart from those two', () => {
    const html = addPreloadLists(`<main>${island('view')}</main>`, read);
    const list = /\spreload="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(list.sort()).toEqual(['Field.f1.js', 'hash.h1.js', 'solid.s1.js', 'workbook.w1.js']);
    // The rest of the page is untouched.
    expect(html.replace(/\spreload="[^"]*"/, '')).toBe(`<main>${island('view')}</main>`);
  });

  it("leaves out what the page's own scripts load as it opens", () => {
    const page = `<script type="module" src="/_astro/page.p1.js"></script>${island('view')}`;
    const list = /\spreload="([^"]*)"/.exec(addPreloadLists(page, read))?.[1]?.split(' ') ?? [];
    expect(list.sort()).toEqual(['Field.f1.js', 'solid.s1.js', 'workbook.w1.js']);
  });

  it('is written only for islands that start with client:view, and only once', () => {
    expect(addPreloadLists(island('load'), read)).toBe(island('load'));
    const once = addPreloadLists(island('view'), read);
    expect(addPreloadLists(once, read)).toBe(once);
  });

  it("asks in the head for the page's own scripts first, then every file of an island that starts at load, once", () => {
    const page = `<head></head><body>${island('load')}<script type="module" src="/_astro/page.p1.js"></script></body>`;
    const html = addPreloadLists(page, read);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    // The page's script, at the end of the body, would otherwise be found last, behind the islands' files.
    expect(links.slice(0, 2)).toEqual(['/_astro/page.p1.js', '/_astro/hash.h1.js']);
    expect(links.slice(2).sort()).toEqual([
      '/_astro/Field.f1.js',
      '/_astro/Goals.a1.js',
      '/_astro/client.c1.js',
      '/_astro/solid.s1.js',
      '/_astro/workbook.w1.js',
    ]);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
    expect(addPreloadLists(html, read)).toBe(html);
  });

  it('is left out when the component has nothing more to fetch', () => {
    const alone = (path: string) => (path === '/_astro/Goals.a1.js' ? 'export default 1;' : null);
    expect(addPreloadLists(island('view'), alone)).toBe(island('view'));
  });
});

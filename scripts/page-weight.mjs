// Measures what each built page ships: gzip bytes of HTML, CSS and JavaScript, and requests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticClosure as closureOf } from '../src/integrations/island-preload/module-closure.ts';

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Every index.html / 404.html under the built folder, as [URL path, file]. */
export function builtPages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['_astro', 'pagefind'].includes(name)) walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, path).replace(/\\/g, '/');
        out.push([rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`, path]);
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The JS files a module loads before it runs: its static imports, followed to the end. Dynamic import() is not followed. */
export function staticClosure(dist, entries) {
  return closureOf((url) => {
    const file = join(dist, url);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  }, entries);
}

/** The chunks every island shares (Solid and the workbook runtime: see vite.build in astro.config.mjs). */
export const isSharedRuntime = (url) => /\/_astro\/(solid|workbook)\.[\w-]+\.js$/.test(url);

/**
 * Weighs one page: gzip bytes of its HTML, its CSS and its JavaScript. `js` is every file the page
 * loads once all its islands have hydrated (their static imports, followed to the end); `before` is
 * the JavaScript it runs before any island (worksheet) is in view: inline scripts and page scripts;
 * `runtime` the shared chunks its islands load (Solid and the workbook runtime) with their imports; `islands` each
 * island's own code: the files it loads beyond the page scripts and the shared runtime.
 */
export function weighPage(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const size = (f) => gz(readFileSync(join(dist, f)));
  const sum = (files) => files.reduce((total, f) => total + size(f), 0);
  const cssFiles = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const pageScripts = attr(/<script[^>]+src="([^"]+)"/g);
  const islandTags = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const islandOf = (tag) => ({
    component: tag.match(/component-url="([^"]+)"/)?.[1],
    renderer: tag.match(/renderer-url="([^"]+)"/)?.[1],
  });
  const islands = [...new Map(islandTags.map(islandOf).map((i) => [i.component, i])).values()].filter(
    (i) => i.component,
  );
  const inlineJs = attr(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g).join('\n');
  const inline = inlineJs.trim() ? gz(inlineJs) : 0;
  const beforeFiles = staticClosure(dist, [...new Set(pageScripts)]);
  const allFiles = staticClosure(dist, [
    ...new Set([...pageScripts, ...islands.flatMap((i) => [i.component, i.renderer].filter(Boolean))]),
  ]);
  // The shared chunks and what they import (code they share with page scripts counts there).
  const runtimeFiles = staticClosure(dist, allFiles.filter(isSharedRuntime)).filter((f) => !beforeFiles.includes(f));
  const early = new Set([...beforeFiles, ...runtimeFiles]);
  const islandWeights = islands.map((i) => ({
    name: i.component.replace(/^.*\//, '').replace(/\.[\w-]+\.js$/, ''),
    own: sum(staticClosure(dist, [i.component, i.renderer].filter(Boolean)).filter((f) => !early.has(f))),
  }));
  const css = cssFiles.reduce((total, f) => total + size(f), 0);
  // Inline scripts count as JavaScript, not twice: the HTML figure leaves their text out.
  const markup = html.replace(/(<script(?![^>]*\bsrc=)[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
  return {
    html: gz(markup),
    css,
    js: sum(allFiles) + inline,
    before: sum(beforeFiles) + inline,
    runtime: sum(runtimeFiles),
    islands: islandWeights,
    requests: 1 + cssFiles.length + allFiles.length,
    worksheet: islands.length > 0,
  };
}

// Measures what each built page ships: gzip bytes of HTML, CSS and JavaScript, and requests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url)) return;
    const file = join(dist, url);
    if (!existsSync(file)) return;
    seen.add(url);
    const code = readFileSync(file, 'utf8');
    const deps = [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
    for (const dep of deps) visit(join(dirname(url), dep).replace(/\\/g, '/'));
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** Weighs one page: gzip bytes of its HTML, its CSS and the JavaScript it loads up front. */
export function weighPage(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const cssFiles = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const scriptEntries = [
    ...attr(/<script[^>]+src="([^"]+)"/g),
    ...attr(/component-url="([^"]+)"/g),
    ...attr(/renderer-url="([^"]+)"/g),
  ];
  const inlineJs = attr(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g).join('\n');
  const jsFiles = staticClosure(dist, [...new Set(scriptEntries)]);
  const js =
    jsFiles.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0) + (inlineJs.trim() ? gz(inlineJs) : 0);
  const css = cssFiles.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  // Inline scripts count as JavaScript, not twice: the HTML figure leaves their text out.
  const markup = html.replace(/(<script(?![^>]*\bsrc=)[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
  return {
    html: gz(markup),
    css,
    js,
    requests: 1 + cssFiles.length + jsFiles.length,
    worksheet: html.includes('<astro-island'),
  };
}

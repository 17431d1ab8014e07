import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page path listed in the built sitemap ("/", "/steps/repeat/", …). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${dist}sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** Pages that embed no worksheet (they must ship almost no JavaScript). */
export function pagesWithoutWorksheets(): string[] {
  return sitemapPaths().filter((p) => {
    const html = readFileSync(`${dist}${p.replace(/^\//, '')}index.html`, 'utf8');
    return !html.includes('<astro-island');
  });
}

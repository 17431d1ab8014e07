import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page path listed in the built sitemap ("/", "/steps/repeat/", …). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${dist}sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** The built HTML file of a path ("/steps/repeat/" or "/404.html"), or undefined when the build has none. */
export function builtHtml(path: string): string | undefined {
  const file = `${dist}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
  return file.endsWith('.html') && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The text of every stylesheet a built page links (styles are never inlined: astro.config.mjs). */
export function linkedCss(html: string): string {
  return [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+\.css)"/g)]
    .map((m) => readFileSync(`${dist}${m[1]}`, 'utf8'))
    .join('\n');
}

/** Pages that embed no worksheet (they must ship almost no JavaScript). */
export function pagesWithoutWorksheets(): string[] {
  return sitemapPaths().filter((p) => !builtHtml(p)?.includes('<astro-island'));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with its HTML character references (&amp;, &#39;, &#x2F;) replaced by the characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

/**
 * How many elements carry each id in a page's HTML, as the browser builds the page before any
 * script runs: comments and the insides of <script>, <style>, <template> and <noscript> (which
 * a browser with JavaScript reads as text) hold no elements.
 */
export function idCounts(html: string): Map<string, number> {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const counts = new Map<string, number>();
  for (const tag of markup.matchAll(
    /<[a-z][^\s/>]*((?:\s+[^\s/>="']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi,
  )) {
    for (const attribute of (tag[1] ?? '').matchAll(/([^\s/>="']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      if (attribute[1]?.toLowerCase() !== 'id') continue;
      const id = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      counts.set(id, (counts.get(id) ?? 0) + 1);
      break;
    }
  }
  return counts;
}

/** The <title> of a built page, as the browser shows it ('' when it has none). */
export function builtTitle(html: string): string {
  return decodeEntities(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim();
}

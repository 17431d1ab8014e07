// Writes onto each island of a built page the files its code needs, so that the island can fetch
// them all at once when it starts (see directive.ts) instead of one level of imports after another.
import { posix } from 'node:path';
import { staticClosure } from './module-closure';

/** The attribute that lists an island's files, by name, relative to its component's folder. */
export const PRELOAD_ATTRIBUTE = 'preload';

/** An attribute's value in an HTML start tag, or null. */
const attribute = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/**
 * `html` with, in its head, a modulepreload link for every file of the page's own module scripts
 * and then of the islands that start at load (on pages that have such islands),
 * and a `preload` attribute on every island hydrated by client:view: the files its
 * component and renderer import, followed to the end, apart from those two and from what the
 * page's own module scripts load as it opens. `read` gives a built module's code from its site path, or null.
 */
export function addPreloadLists(html: string, read: (path: string) => string | null): string {
  const pageScripts = [...html.matchAll(/<script\b[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const loaded = new Set(staticClosure(read, pageScripts));
  // Islands that start at load (client:load: My workbook, the person page): every file of their
  // code is asked for from the page's head at once, instead of one level of imports after another.
  const atLoad = new Set<string>();
  const out = html.replace(/<astro-island\b[^>]*>/g, (tag) => {
    const component = attribute(tag, 'component-url');
    if (component && attribute(tag, 'client') === 'load') {
      const entries = [component, attribute(tag, 'renderer-url')].filter((url): url is string => !!url);
      for (const path of staticClosure(read, entries)) if (!loaded.has(path)) atLoad.add(path);
    }
    if (!component || attribute(tag, 'client') !== 'view' || attribute(tag, PRELOAD_ATTRIBUTE) !== null) return tag;
    const renderer = attribute(tag, 'renderer-url');
    const entries = [component, renderer].filter((url): url is string => !!url);
    const folder = posix.dirname(component);
    const files = staticClosure(read, entries)
      .filter((path) => !entries.includes(path) && !loaded.has(path) && posix.dirname(path) === folder)
      .map((path) => posix.basename(path));
    if (!files.length) return tag;
    return `${tag.slice(0, -1)} ${PRELOAD_ATTRIBUTE}="${files.join(' ')}">`;
  });
  if (!atLoad.size || out.includes('rel="modulepreload"')) return out;
  // The page's own module scripts first: written at the end of the body, they would otherwise be
  // found last and wait behind every island's files, and the page's load waits for them.
  const links = [...loaded, ...atLoad].map((path) => `<link rel="modulepreload" href="${path}">`).join('');
  return out.replace('</head>', `${links}</head>`);
}

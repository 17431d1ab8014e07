/**
 * Old addresses that must keep working: each key is a path that once existed (or that people
 * type by mistake), each value the page it now lives at. astro.config.mjs spreads this map into
 * its `redirects`, so the built site has a small page at each old path that forwards the reader.
 * When you move or rename a page, add its old path here, then run `npm run links`.
 */
export const redirects: Readonly<Record<string, string>> = {
  // The overview of the five interview stages; an early draft used the singular.
  '/informational-interview/': '/informational-interviews/',
  // The advisor page, for people who type the singular.
  '/advisor/': '/advisors/',
};

// The search index as a build step: once Astro has written the site, Pagefind indexes the pages in
// the build's own output folder (dist/, or the one given with --outDir) and writes its pagefind/
// folder there. Any indexing error, or an index with no pages, fails the build.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws `what` with Pagefind's own errors when a Pagefind call reports any. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length) throw new Error(`${what}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * What search leaves out of pages besides data-pagefind-ignore: the worksheets' buttons and lists
 * to choose from (their labels are controls, not text to read in an excerpt), the links and
 * buttons beside headings, and the parts made for paper only.
 */
export const SEARCH_EXCLUDES = ['button', 'select', '.heading-link', '.copy-link', '.paper', '.worksheet-qr'];

/** Indexes the built site in `dir` and writes `dir`/pagefind/; resolves to the number of pages indexed. */
export async function buildSearchIndex(dir: URL): Promise<number> {
  try {
    const { index } = check(
      await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDES }),
      'Pagefind could not start',
    );
    if (!index) throw new Error('Pagefind could not start.');
    const folder = fileURLToPath(dir);
    const { page_count: pages } = check(
      await index.addDirectory({ path: folder }),
      'Pagefind could not index the site',
    );
    if (!pages) throw new Error(`Pagefind found no pages to index in ${folder}.`);
    check(
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }),
      'Pagefind could not write the index',
    );
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration that builds the search index of every build, in its own output folder. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'networking-guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const pages = await buildSearchIndex(dir);
          logger.info(`${pages} pages indexed in ${fileURLToPath(new URL('pagefind/', dir))}.`);
        } catch (error) {
          throw new Error(`The search index could not be built. ${error instanceof Error ? error.message : error}`);
        }
      },
    },
  };
}

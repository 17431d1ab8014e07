// Builds the Pagefind search index for dist/ after `astro build`; any indexing error fails the build.
import * as pagefind from 'pagefind';

const site = new URL('../../dist/', import.meta.url).pathname;

/** Indexes the built site and writes dist/pagefind/; exits non-zero on any error or an empty index. */
async function buildSearchIndex() {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index || createErrors.length) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  const { errors, page_count: pages } = await index.addDirectory({ path: site });
  if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
  if (!pages) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the guide pages?');
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Search index: ${pages} pages indexed.`);
}

buildSearchIndex().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

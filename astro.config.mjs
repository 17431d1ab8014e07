// @ts-check
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { redirects } from './src/advisors/redirects.ts';
import { institutionModules, loadInstitution } from './src/config/load.mjs';
import { islandPreload } from './src/integrations/island-preload/index.ts';
import { offline } from './src/integrations/offline/index.ts';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { lightSolidIslands } from './src/integrations/solid-islands/index.ts';
import { worksheetImportsIntegration } from './src/integrations/worksheet-imports.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';

// INSTITUTION_CONFIG=path/to/institution.json builds the site for another institution.
const institutionPath = fileURLToPath(
  new URL(process.env.INSTITUTION_CONFIG ?? './src/config/institution.json', import.meta.url),
);
const loaded = await loadInstitution(institutionPath);
const institution = loaded.config;

// Solid and the client entry of its islands, which every island needs (see vite.build below); not
// Solid's store, which no island uses (each reads the workbook as plain data, use-workbook.ts).
const solidRuntime = /node_modules[\\/]solid-js[\\/](?!store[\\/])|src[\\/]integrations[\\/]solid-islands[\\/]client\./;
// What every worksheet needs: the workbook engine, its stores (nanostores' atom only: map and its
// lifecycle serve the backup reminder, which only My workbook and the rare notices load), the save status line (its rare
// notices load on demand), ids, labels and the record of the last worksheet touched. Parts that
// only some worksheets use (people, dates, lists shown a page at a time, add buttons) are left to
// the islands that import them, and the merging code (src/workbook/tab-merge.ts and merge.ts)
// loads only when another tab saved.
const workbookRuntime =
  /node_modules[\\/]nanostores[\\/](atom|clean-stores)[\\/]|src[\\/]worksheets[\\/]shared[\\/](use-workbook|use-atom|WorkbookStatus|UndoBar|touch-source|last-touched|changes-on-demand|pending-changes)\.|src[\\/]workbook[\\/](client|engine|engine-messages|model|storage-adapter|lineage|stored-json|unreadable-copy|leave-guard|ids|labels)\./;
// The labelled field, which the advisor page's plan builder uses too (without the workbook).
const fieldParts = /src[\\/]worksheets[\\/]shared[\\/](Field|typed-early)\./;
// Tiny modules that pages, fields and the workbook all use: the screen reader announcer, the load
// gate (fields wait for the saved workbook with it), the file download (the workbook's backups,
// the advisor page's QR codes), counts in words and the stored date format (the advisor page's plan
// links check dates too). Apart, they pull in nothing else. (The site address of shared links,
// src/scripts/share-address.ts, is left out: the advisor page needs it before anything else.)
const tinyShared = /src[\\/]scripts[\\/](announce|save-file)\.|src[\\/]workbook[\\/](load-gate|plural|date-format)\./;

export default defineConfig({
  site: institution.siteUrl,
  trailingSlash: 'always',
  // Styles always in files, never inlined into a page: each worksheet's styles are small enough for
  // Astro to inline ('auto'), which would repeat them in every visit's HTML instead of caching them once.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // No Shiki: its colours are inline style attributes, which the Content Security Policy blocks.
    syntaxHighlight: false,
    processor: satteri({
      features: { headingAttributes: true, smartPunctuation: true },
      hastPlugins: [headingAnchors],
    }),
  },
  // After the build, in its own output folder: the search index, then the offline service worker
  // that stores it (src/integrations/).
  // Moved or renamed pages keep working: src/pages/[...redirect].astro writes a page at each old
  // address of src/advisors/redirects.ts, which the sitemap leaves out.
  integrations: [
    // Each MDX page imports the worksheets it shows, so it links only their styles.
    worksheetImportsIntegration(new URL('./', import.meta.url)),
    mdx(),
    lightSolidIslands(solid()),
    // client:view, and each island's list of files to fetch at once (before the search index and the offline cache read the pages).
    islandPreload(),
    sitemap({ filter: (page) => !(new URL(page).pathname in redirects) }),
    searchIndex(),
    offline(),
  ],
  // Content Security Policy in a <meta> tag on every page (src/security/csp.ts; host headers: see README).
  security: { csp: contentSecurityPolicy(institution) },
  vite: {
    // The prepared configuration, as the module "~institution" (src/config/load.mjs), and import()
    // without Vite's preload helper (src/integrations/plain-dynamic-imports.ts).
    plugins: [institutionModules(loaded), plainDynamicImports()],
    build: {
      // PROFILE_BUILD=1 (scripts/profile-scale.mjs): readable code with source maps, for CPU profiles.
      ...(process.env.PROFILE_BUILD === '1' && { sourcemap: true, minify: false }),
      // What every island needs (Solid) and what every worksheet needs (the stores, the engine, the
      // shared fields) go in two files: fewer requests and better compression. The preload helper
      // stays apart, because pages without worksheets use it too.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'preload-helper', test: /preload-helper/, priority: 1 },
              { name: 'solid', test: solidRuntime, priority: 1 },
              { name: 'announce', test: tinyShared, priority: 1 },
              { name: 'Field', test: fieldParts, priority: 1 },
              // The checksum, which the advisor page's plan links use too (without the workbook).
              { name: 'hash', test: /src[\\/]lib[\\/]hash\./, priority: 1 },
              { name: 'workbook', test: workbookRuntime },
            ],
          },
        },
      },
    },
  },
});

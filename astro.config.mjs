// @ts-check
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { redirects } from './src/advisors/redirects.ts';
import { institutionModules, loadInstitution } from './src/config/load.mjs';
import { offline } from './src/integrations/offline/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';

// INSTITUTION_CONFIG=path/to/institution.json builds the site for another institution.
const institutionPath = fileURLToPath(
  new URL(process.env.INSTITUTION_CONFIG ?? './src/config/institution.json', import.meta.url),
);
const loaded = await loadInstitution(institutionPath);
const institution = loaded.config;

// Solid and its Astro renderer, which every island needs (see vite.build below).
const solidRuntime = /node_modules[\\/](solid-js|@astrojs[\\/]solid-js)[\\/]/;
// The workbook engine, its stores and the shared worksheet parts, which every worksheet needs (not
// the merging code, src/workbook/tab-merge.ts and merge.ts: it loads only when another tab saved).
const workbookRuntime =
  /node_modules[\\/](nanostores|@nanostores)[\\/]|src[\\/]worksheets[\\/]shared[\\/](?!(Field|FormattedField|formatted|typed-early)\.)|src[\\/]workbook[\\/](client|engine|model|labels|contacts|backup-meta|backup-reminder)\./;
// The labelled field, which the advisor page's plan builder uses too (without the workbook).
const fieldParts = /src[\\/]worksheets[\\/]shared[\\/](Field|typed-early)\./;
// Tiny modules that pages, fields and the workbook all use: the screen reader announcer, the load
// gate (fields wait for the saved workbook with it), the file download (the workbook's backups, the
// advisor page's QR codes) and the site address of shared links. Apart, they pull in nothing else.
const tinyShared = /src[\\/]scripts[\\/](announce|save-file|share-address)\.|src[\\/]workbook[\\/]load-gate\./;

export default defineConfig({
  site: institution.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
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
    mdx(),
    solid(),
    sitemap({ filter: (page) => !(new URL(page).pathname in redirects) }),
    searchIndex(),
    offline(),
  ],
  // Content Security Policy in a <meta> tag on every page (src/security/csp.ts; host headers: see README).
  security: { csp: contentSecurityPolicy(institution) },
  vite: {
    // The prepared configuration, as the module "~institution" (src/config/load.mjs).
    plugins: [institutionModules(loaded)],
    build: {
      // Lazy chunks (search, the validator) are tiny and rare: no preload links in every page.
      modulePreload: false,
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
              { name: 'workbook', test: workbookRuntime },
            ],
          },
        },
      },
    },
  },
});

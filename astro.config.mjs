// @ts-check
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { redirects } from './src/advisors/redirects.ts';
import { loadInstitution } from './src/config/load.mjs';
import { headingAnchors } from './src/markdown/heading-anchors.ts';

// INSTITUTION_CONFIG=path/to/file.ts builds the site for another institution.
const institutionPath = fileURLToPath(
  new URL(process.env.INSTITUTION_CONFIG ?? './src/config/institution.ts', import.meta.url),
);
const institution = await loadInstitution(institutionPath);

// Modules shared by every worksheet island (see vite.build below).
const islandRuntime =
  /node_modules[\\/](solid-js|nanostores|@nanostores|@astrojs[\\/]solid-js)[\\/]|src[\\/]worksheets[\\/]shared[\\/]|src[\\/]workbook[\\/](client|engine|model|merge|labels|contacts|backup-meta|backup-reminder|safe-persistent)\./;

export default defineConfig({
  site: institution.siteUrl,
  trailingSlash: 'always',
  // Moved or renamed pages keep working (see src/advisors/redirects.ts).
  redirects: { ...redirects },
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      features: { headingAttributes: true, smartPunctuation: true },
      hastPlugins: [headingAnchors],
    }),
  },
  integrations: [mdx(), solid(), sitemap()],
  vite: {
    resolve: { alias: { '~institution': institutionPath } },
    build: {
      // Lazy chunks (search, the validator) are tiny and rare: no preload links in every page.
      modulePreload: false,
      // Everything every worksheet needs (Solid, the stores, the engine, shared fields) goes in one
      // "islands" file: one request instead of about ten and better compression. The preload helper
      // stays apart, because pages without worksheets use it too.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'preload-helper', test: /preload-helper/, priority: 1 },
              { name: 'islands', test: islandRuntime },
            ],
          },
        },
      },
    },
  },
});

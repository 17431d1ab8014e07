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
import { contentSecurityPolicy } from './src/security/csp.ts';

// INSTITUTION_CONFIG=path/to/file.ts builds the site for another institution.
const institutionPath = fileURLToPath(
  new URL(process.env.INSTITUTION_CONFIG ?? './src/config/institution.ts', import.meta.url),
);
const institution = await loadInstitution(institutionPath);

export default defineConfig({
  site: institution.siteUrl,
  trailingSlash: 'always',
  // Moved or renamed pages keep working (see src/advisors/redirects.ts).
  redirects: { ...redirects },
  build: { format: 'directory' },
  markdown: {
    // No Shiki: its colours are inline style attributes, which the Content Security Policy blocks.
    syntaxHighlight: false,
    processor: satteri({
      features: { headingAttributes: true, smartPunctuation: true },
      hastPlugins: [headingAnchors],
    }),
  },
  integrations: [mdx(), solid(), sitemap()],
  // Content Security Policy in a <meta> tag on every page (src/security/csp.ts; host headers: see README).
  security: { csp: contentSecurityPolicy(institution.brandColor) },
  vite: {
    resolve: { alias: { '~institution': institutionPath } },
    // Lazy chunks (search, the validator) are tiny and rare: no preload helper in every page.
    build: { modulePreload: false },
  },
});

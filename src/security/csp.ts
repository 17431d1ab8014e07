// The site's Content Security Policy, given to Astro as `security.csp` in astro.config.mjs. Astro
// writes it into a <meta> tag on every page and adds the hashes of the scripts and styles it
// bundles; the inline code the site writes itself (inline-code.ts) is hashed here.
import type { AstroUserConfig } from 'astro';
import { LEFT_OUT_OF_HANDOUT, leftOutCss } from '../advisors/handouts.ts';
import { type CspHash, cspHash } from './csp-hash.ts';
import { brandCss, solidHydrationScript, THEME_BOOT_SCRIPT } from './inline-code.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Every directive besides script-src and style-src (Astro writes those two). default-src covers
 * the rest (images, fonts, the web app manifest, frames), so they need no directive of their own.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The service worker and Pagefind's search worker are files of the site; blob: allows a worker made from a blob.
  "worker-src 'self' blob:",
] as const;

/** Where scripts may come from: the site, plus compiling WebAssembly (Pagefind's search). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The hashes of the inline scripts the site writes itself. */
export function inlineScriptHashes(): CspHash[] {
  return [cspHash(THEME_BOOT_SCRIPT), cspHash(solidHydrationScript())];
}

/** The hashes of the inline styles the site writes itself: the brand colour and each handout's print rules. */
export function inlineStyleHashes(brandColor: string): CspHash[] {
  const handoutCss = Object.values(LEFT_OUT_OF_HANDOUT).map((worksheets) => leftOutCss(worksheets ?? []));
  return [brandCss(brandColor), ...handoutCss].filter(Boolean).map(cspHash);
}

/** The `security.csp` setting for a build with this brand colour. */
export function contentSecurityPolicy(brandColor: string): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: inlineScriptHashes() },
    styleDirective: { hashes: inlineStyleHashes(brandColor) },
  };
}

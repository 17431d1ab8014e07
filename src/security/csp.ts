// The site's Content Security Policy, given to Astro as `security.csp` in astro.config.mjs. Astro
// writes it into a <meta> tag on every page and adds the hashes of the scripts and styles it
// bundles; the inline code the site writes itself (inline-code.ts) is hashed here.
import type { AstroUserConfig } from 'astro';
import { LEFT_OUT_OF_HANDOUT, leftOutCss } from '../advisors/handouts.ts';
import { type CspHash, cspHash } from './csp-hash.ts';
import {
  type BrandSettings,
  brandCss,
  REDIRECT_SCRIPT,
  solidHydrationScript,
  THEME_BOOT_SCRIPT,
} from './inline-code.ts';

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

/** The hashes of the inline scripts the site writes itself: the theme, Solid's and the redirect pages'. */
export function inlineScriptHashes(): CspHash[] {
  return [cspHash(THEME_BOOT_SCRIPT), cspHash(solidHydrationScript()), cspHash(REDIRECT_SCRIPT)];
}

/** The hashes of the inline styles the site writes itself: the brand settings and each handout's print rules. */
export function inlineStyleHashes(brand: BrandSettings): CspHash[] {
  const handoutCss = Object.values(LEFT_OUT_OF_HANDOUT).map((worksheets) => leftOutCss(worksheets ?? []));
  return [brandCss(brand), ...handoutCss].filter(Boolean).map(cspHash);
}

/** The `security.csp` setting for a build with these brand colours and site address. */
export function contentSecurityPolicy(brand: BrandSettings): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: inlineScriptHashes() },
    styleDirective: { hashes: inlineStyleHashes(brand) },
  };
}

// Every script and style the pages carry inline, as exact strings: the components render these
// strings and the Content Security Policy allows their hashes (see csp.ts), so the two never drift.
import { generateHydrationScript } from 'solid-js/web';
import { WORKBOOK_KEY } from '../workbook/engine';

/**
 * Runs in <head> before the first paint: applies the reader's saved theme (no flash of the wrong
 * theme), marks the page as having JavaScript, and as having a stored workbook ("wb": the
 * "Continue" link keeps its room from the first paint, so filling it in moves nothing).
 */
export const THEME_BOOT_SCRIPT =
  "try{var t=localStorage.getItem('networking-guide:theme');" +
  "if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;" +
  `if('${WORKBOOK_KEY}'in localStorage)document.documentElement.classList.add('wb')}catch(e){}` +
  "document.documentElement.classList.add('js')";

/** What the inline style of every page takes from the institution configuration. */
export interface BrandSettings {
  brandColor: string;
  secondaryColor: string;
  siteUrl: string;
}

/** Text as a CSS string in double quotes, with no character that could end the string or the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The brand colours and the site address as CSS custom properties: print styles write the site
 * address before printed link addresses (the colours are validated hex values: no escaping needed).
 */
export function brandCss({ brandColor, secondaryColor, siteUrl }: BrandSettings): string {
  return `:root{--brand:${brandColor};--brand-2:${secondaryColor};--site:${cssString(siteUrl.replace(/\/+$/, ''))}}`;
}

/**
 * The script of each redirect page (src/pages/[...redirect].astro), before its meta refresh: it
 * goes to the address in the page's canonical link on this site, keeping the #section and any
 * query, which a meta refresh drops. Pages without JavaScript still follow the meta refresh.
 */
export const REDIRECT_SCRIPT =
  "var c=document.querySelector('link[rel=canonical]');" +
  'if(c)location.replace(new URL(c.href).pathname+location.search+location.hash)';

/** The text of the small inline script Solid puts before the first island (it replays early clicks). */
export function solidHydrationScript(): string {
  const tag = String(generateHydrationScript());
  const code = /^<script>([\s\S]*)<\/script>/.exec(tag)?.[1];
  if (!code) throw new Error(`Could not read Solid's hydration script to hash it for the CSP: ${tag.slice(0, 80)}`);
  return code;
}

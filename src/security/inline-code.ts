// Every script and style the pages carry inline, as exact strings: the components render these
// strings and the Content Security Policy allows their hashes (see csp.ts), so the two never drift.
import { generateHydrationScript } from 'solid-js/web';

/**
 * Runs in <head> before the first paint: applies the reader's saved theme (no flash of the wrong
 * theme) and marks the page as having JavaScript.
 */
export const THEME_BOOT_SCRIPT =
  "try{var t=localStorage.getItem('networking-guide:theme');" +
  "if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}" +
  "document.documentElement.classList.add('js')";

/** The brand colour as a CSS custom property (the colour is a validated hex value: no escaping needed). */
export function brandCss(brandColor: string): string {
  return `:root{--brand:${brandColor}}`;
}

/** The text of the small inline script Solid puts before the first island (it replays early clicks). */
export function solidHydrationScript(): string {
  const tag = String(generateHydrationScript());
  const code = /^<script>([\s\S]*)<\/script>/.exec(tag)?.[1];
  if (!code) throw new Error(`Could not read Solid's hydration script to hash it for the CSP: ${tag.slice(0, 80)}`);
  return code;
}

import { createHash } from 'node:crypto';

/** A CSP hash source without its quotes, as Astro's `security.csp` takes it: `sha256-<base64>`. */
export type CspHash = `sha256-${string}`;

/** The CSP hash of an inline script's or style's exact text (every space and newline counts). */
export function cspHash(code: string): CspHash {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

import { configuredSite, isElsewhere } from '../scripts/share-address';

/**
 * Shows the warning marked `data-site-warning` when the page is open at another address than the
 * configured site address (a staging server, a wrong siteUrl), writing that address into its
 * `data-here` element: every link the advisor copies or prints starts with the configured one.
 */
export function showSiteWarning(doc: Document): void {
  const warning = doc.querySelector<HTMLElement>('[data-site-warning]');
  if (!warning || !isElsewhere(configuredSite(doc), doc.location.href)) return;
  const here = warning.querySelector('[data-here]');
  if (here) here.textContent = doc.location.origin;
  warning.hidden = false;
}

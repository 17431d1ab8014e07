// One rule for every link the site hands out (Copy link buttons, advisor links, QR codes, printed
// addresses, plan links): the configured site address (siteUrl) and the path. Pages carry that
// address in their canonical link, so scripts read it there.

/** The absolute address of a path (with its #section) on a site: ("https://x.edu/", "/a/#b") → "https://x.edu/a/#b". */
export function shareUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The configured site address of the page (the origin of its canonical link), or else where it is open. */
export function configuredSite(doc: Document = document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  try {
    return canonical ? new URL(canonical).origin : doc.location.origin;
  } catch {
    return doc.location.origin;
  }
}

/** True when a page is open at another address than the configured one (a staging server, a wrong siteUrl). */
export function isElsewhere(configured: string, current: string): boolean {
  try {
    return new URL(configured).origin !== new URL(current).origin;
  } catch {
    return true;
  }
}

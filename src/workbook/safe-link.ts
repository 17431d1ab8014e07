const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:']);
/** Longer "links" are not something a student typed by hand. */
const MAX_LINK = 2048;

/** The link a student typed, normalised, if it is an https: or mailto: address; otherwise null. */
export function safeHref(text: string): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_LINK) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null; // relative paths and anything else that is not an absolute address
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'https:' && (url.hostname === '' || url.username !== '' || url.password !== '')) return null;
  if (url.protocol === 'mailto:' && url.pathname.trim() === '') return null;
  return url.href;
}

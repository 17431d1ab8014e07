// When a new version of the offline site may take over. A new service worker never takes over an
// open page by itself and no page is ever reloaded for it (students type in worksheets): it waits
// until the student follows a link, and takes over then only if that page is the site's only open
// window, so that no other open page of the old version loses the script files it may still load.

/** A click, with what the handoff needs to know about it and about the link it hit. */
export interface LinkClick {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  /** The link's address, absolute. */
  href: string;
  /** The link's target attribute ("" when it has none). */
  target: string;
  /** Whether the link downloads a file. */
  download: boolean;
}

/** The service worker state at the moment the student follows a link. */
export interface HandoffState {
  /** A new version is installed and waiting. */
  hasWaitingWorker: boolean;
  /** This page is served by the current version (not loaded around the service worker). */
  isControlled: boolean;
  /** Windows of the site open now, this one included, or null when the worker did not say. */
  openWindows: number | null;
}

/** Activate the waiting version before going to the link, or just go to the link. */
export type Handoff = 'activate-then-go' | 'just-go';

/**
 * The page a click leads to when it is a plain click (no modifier key, same tab) on a link to
 * another page of this site; null for anything the browser should handle as usual.
 */
export function pageLinkTarget(click: LinkClick, current: URL): URL | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return null;
  if (click.download || (click.target !== '' && click.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(click.href, current);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== current.origin) return null;
  // A link to a place on the same page does not load a page.
  if (url.pathname === current.pathname && url.search === current.search) return null;
  return url;
}

/** Whether following a link should first activate the waiting version (see the comment at the top). */
export function handoffOnNavigation(state: HandoffState): Handoff {
  return state.hasWaitingWorker && state.isControlled && state.openWindows === 1 ? 'activate-then-go' : 'just-go';
}

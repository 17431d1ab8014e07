// client:view: fetches an island's code when it comes into view or within half a screen below it
// (so what a student scrolls down to is drawn before it is seen), asking for every file of its code
// at once (the list written by preload-list.ts) instead of finding its imports one level at a time.
// Islands then hydrate one at a time in page order (the order of the document): an island waits
// while one above it, also near, is still fetching its code, and one that is no longer near when its
// turn comes waits until it is. On a page opened at a worksheet, the empty worksheets the server drew below it
// are pushed away once it has drawn the student's answers, and do no work until scrolled to.
// Printing hydrates every island at once (a worksheet not yet started would print empty; see paper.css).
import type { ClientDirective } from 'astro';

/** Islands in or near the view, each with its hydrate function once its code has arrived. */
const near = new Map<HTMLElement, (() => Promise<void>) | undefined>();
let busy = false;
/** Whether a second look, after the next frame, is planned (see hydrateNext). */
let recheck = false;
/** The code files asked for so far. */
const asked = new Set<string>();

/**
 * Whether a part of the island starts within half a screen below the view (the observer's margin), as laid
 * out now. Only being pushed down is judged here: an island scrolled past is the observer's to report.
 */
function withinReach(island: HTMLElement): boolean {
  const reach = document.documentElement.clientHeight * 1.5;
  return [...island.children].some(
    (part) => part.getClientRects().length > 0 && part.getBoundingClientRect().top <= reach,
  );
}

/**
 * Hydrates the first island near the view, in page order, once its code is here, then, a task later, the next.
 * The observers speak only at the next frame, so an island that one drawn just before pushed out of reach is
 * still listed as near: its place is measured now, and it is passed over (asked about again after that frame).
 */
function hydrateNext(): void {
  if (busy) return;
  let passedOver = false;
  const first = [...document.querySelectorAll<HTMLElement>('astro-island')].find((island) => {
    if (!near.has(island)) return false;
    if (withinReach(island)) return true;
    passedOver = true;
    return false;
  });
  if (passedOver && !recheck) {
    recheck = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        recheck = false;
        hydrateNext();
      }, 0),
    );
  }
  const hydrate = first && near.get(first);
  if (!hydrate) return;
  busy = true;
  void hydrate().finally(() => {
    busy = false;
    setTimeout(hydrateNext, 0);
  });
}

/** The directive: fetches the island's code when it is in or near the view (or printing begins), then hydrates it in turn. */
const view: ClientDirective = (load, _options, island) => {
  let loading: Promise<() => Promise<void>> | undefined;
  let done = false;
  const fetchCode = () => {
    if (!loading) {
      // The island's own two modules first (load() asks for them at once), then the rest of its
      // code, from the files beside its own module; a file already fetched is not fetched again.
      loading = load();
      // Each file is asked for once a page: the islands' lists repeat the shared runtime's files,
      // and every link costs the browser a few milliseconds on a slow phone, fetched or not.
      const component = island.getAttribute('component-url') ?? '';
      for (const name of island.getAttribute('preload')?.split(' ') ?? []) {
        const href = component.replace(/[^/]*$/, name);
        if (asked.has(href)) continue;
        asked.add(href);
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        document.head.append(link);
      }
    }
    // Astro's load() never fails: code that could not be fetched (offline, after Astro's one retry)
    // gives a hydrate function that does nothing, so the islands below take their turn.
    return loading.then((hydrate) => async () => {
      if (done) return;
      done = true;
      near.delete(island);
      observer.disconnect();
      await hydrate();
    });
  };
  const seen = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) entry.isIntersecting ? seen.add(entry.target) : seen.delete(entry.target);
      near.delete(island);
      if (seen.size) {
        near.set(island, undefined);
        fetchCode()
          .then((hydrate) => near.has(island) && near.set(island, hydrate))
          .then(hydrateNext);
      }
      hydrateNext();
    },
    { rootMargin: '0px 0px 50% 0px' },
  );
  addEventListener('beforeprint', () => void fetchCode().then((hydrate) => hydrate()));
  for (const child of island.children) observer.observe(child);
};

export default view;

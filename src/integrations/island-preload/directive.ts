// client:view: fetches an island's code when it comes into view or within half a screen below it
// (so what a student scrolls down to is drawn before it is seen), asking for every file of its code
// at once (the list written by preload-list.ts) instead of finding its imports one level at a time.
// Islands then hydrate one at a time, the highest on the page first, each only while it is still
// in or near the view: on a page opened at a worksheet, the empty worksheets the server drew around
// it are pushed away once it has drawn the student's answers, and do no work until scrolled to.
// Printing hydrates every island at once (a worksheet not yet started would print empty; see paper.css).
import type { ClientDirective } from 'astro';

/** Islands whose code has arrived, each with its hydrate function, waiting for their turn while in or near the view. */
const ready = new Map<HTMLElement, () => Promise<void>>();
let hydrating = false;

/** Where an island is on the screen: the top of its first element (islands themselves take no box). */
const topOf = (island: HTMLElement) => island.firstElementChild?.getBoundingClientRect().top ?? 0;

/** Hydrates the highest waiting island, then, once the page has laid out what it drew, the next one still near. */
function hydrateNext(): void {
  if (hydrating || !ready.size) return;
  const [island] = [...ready.keys()].sort((a, b) => topOf(a) - topOf(b));
  if (!island) return;
  const hydrate = ready.get(island);
  ready.delete(island);
  if (!hydrate) return;
  hydrating = true;
  void hydrate().finally(() => {
    hydrating = false;
    // A task later, the observers have said which islands the one just drawn pushed out of reach.
    setTimeout(hydrateNext, 0);
  });
}

/** The directive: fetches the island's code when it is in or near the view (or printing begins), then hydrates it in turn. */
const view: ClientDirective = (load, _options, island) => {
  let hydrate: (() => Promise<void>) | undefined;
  let near = false;
  let done = false;
  let loading: Promise<() => Promise<void>> | undefined;
  const fetchCode = () => {
    if (loading) return loading;
    // The island's own two modules first (load() asks for them at once), then the rest of its code;
    // a file already fetched is not fetched again.
    loading = load();
    const component = island.getAttribute('component-url') ?? '';
    for (const name of island.getAttribute('preload')?.split(' ') ?? []) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      // The files sit beside the component's own module.
      link.href = component.replace(/[^/]*$/, name);
      document.head.append(link);
    }
    return loading;
  };
  const finish = () => {
    if (done || !hydrate) return Promise.resolve();
    done = true;
    ready.delete(island);
    observer.disconnect();
    return hydrate();
  };
  const offer = () => {
    if (done || !hydrate) return;
    if (near) {
      ready.set(island, finish);
      hydrateNext();
    } else ready.delete(island);
  };
  const seen = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) entry.isIntersecting ? seen.add(entry.target) : seen.delete(entry.target);
      near = seen.size > 0;
      if (near)
        void fetchCode().then((h) => {
          hydrate = h;
          offer();
        });
      else offer();
    },
    { rootMargin: '0px 0px 50% 0px' },
  );
  addEventListener('beforeprint', () => {
    void fetchCode().then((h) => {
      hydrate = h;
      void finish();
    });
  });
  for (const child of island.children) observer.observe(child);
};

export default view;

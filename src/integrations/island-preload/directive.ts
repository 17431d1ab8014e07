// client:view: hydrates an island when it comes within half a screen of the view, as client:visible
// does at its edge, so the student's answers are drawn before they are seen and a worksheet made of
// several islands does not move while scrolling. At that moment it asks for every file of its code
// at once (the list written by preload-list.ts), so the browser does not find its imports one level
// at a time. Nothing is fetched before. Printing starts every island not yet started too (a
// worksheet below the view would print empty; see paper.css).
import type { ClientDirective } from 'astro';

/** The directive: waits until a child of the island is within half a screen of the view, or printing begins, then fetches and hydrates it. */
const view: ClientDirective = (load, _options, island) => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    // The island's own two modules first (load() asks for them at once), then the rest of its code;
    // a file already fetched is not fetched again.
    const loading = load();
    const component = island.getAttribute('component-url') ?? '';
    for (const name of island.getAttribute('preload')?.split(' ') ?? []) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      // The files sit beside the component's own module.
      link.href = component.replace(/[^/]*$/, name);
      document.head.append(link);
    }
    void loading.then((hydrate) => hydrate());
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {
    rootMargin: '50% 0px',
  });
  addEventListener('beforeprint', start);
  for (const child of island.children) observer.observe(child);
};

export default view;

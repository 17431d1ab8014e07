// The small script every page loads: theme switch, copy-link buttons and the search shortcut.
// The search itself lives in search.ts and is fetched the first time the dialog opens; the copying
// of a heading's link (copy-link.ts) when a pointer or the keyboard first reaches one.
import './register-service-worker';
import { setupThemeToggle } from './theme';

setupThemeToggle();

/** The heading link an event happened on, if any. */
const copyLinkOf = (event: Event) =>
  event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
let copying: Promise<typeof import('./copy-link')> | undefined;
let copier: typeof import('./copy-link') | undefined;
/** Fetches the copying code once, before the click that needs it (a browser may refuse a copy made later than the click). */
const loadCopier = () => {
  copying ??= import('./copy-link').then((m) => {
    copier = m;
    return m;
  });
  return copying;
};
for (const type of ['pointerdown', 'focusin']) {
  document.addEventListener(type, (event) => {
    if (copyLinkOf(event)) void loadCopier().catch(() => undefined);
  });
}
document.addEventListener('click', (event) => {
  const link = copyLinkOf(event);
  if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // Fetched when the pointer or focus reached the link, so the copy runs within the click itself;
  // if the code is not here (it could not be fetched), the click goes to the section as a plain link.
  if (copier) void copier.copySectionLink(link);
  else
    void loadCopier().then(
      (m) => m.copySectionLink(link),
      () => location.assign(link.href),
    );
});
// The path through the seven steps shows each step's state from the workbook, read when a path comes
// into view (at once at the top of a step page; on the home page, not unless the reader gets to it).
// When a workbook is stored (the head script's "wb" class), so do the ticks of the navigation and
// the "Continue" link. (import() runs the module once, however often one comes into view.)
const progress = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && import('./step-path'));
for (const part of document.querySelectorAll('[data-step-path],.wb [data-progress]')) progress.observe(part);

const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;

/** Opens the search dialog, loading the search code on first use. */
async function openSearch(): Promise<void> {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  // Focus the field at once, so that typing while the search code loads is not lost.
  dialog.querySelector<HTMLInputElement>('#search-input')?.focus();
  const { setupSearch } = await import('./search');
  setupSearch(dialog);
}

for (const button of document.querySelectorAll('[data-open-search]')) {
  button.addEventListener('click', () => void openSearch());
}
dialog?.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());

/** True when the key press happens while typing in a field (then "/" must type a slash). */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (ctrlK || slash) {
    event.preventDefault();
    void openSearch();
  }
});

const navToggle = document.querySelector<HTMLButtonElement>('[data-nav-toggle]');
navToggle?.addEventListener('click', () => {
  navToggle.setAttribute('aria-expanded', String(navToggle.getAttribute('aria-expanded') !== 'true'));
});

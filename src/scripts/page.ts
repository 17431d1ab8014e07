// The small script every page loads: theme switch, copy-link buttons and the search shortcut.
// The search itself lives in search.ts and is fetched the first time the dialog opens.
import { setupCopyLinks } from './copy-link';
import './register-service-worker';
import { setupThemeToggle } from './theme';

setupThemeToggle();
setupCopyLinks(document);
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

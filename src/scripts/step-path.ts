// Fills in the path through the seven steps (StepPath.astro, StepList.astro) from the saved
// workbook. The page script (page.ts) loads it when a path first comes into view. It
// reads the stored text again when another tab saves and each time a path comes back into view
// (after work in a worksheet further down the page), never loading the workbook runtime.
import { nextStep, STORED_KEY, storedStates } from '../worksheets/step-path';
import { PROGRESS_LABELS, type Progress } from '../worksheets/step-progress';

/** Marks each step of every path on the page with its state, in a data attribute and in words. */
export function fillStepPaths(root: ParentNode, states: readonly Progress[] | undefined): void {
  if (!states) return;
  const next = nextStep(states);
  for (const path of root.querySelectorAll<HTMLElement>('[data-step-path]')) {
    for (const stop of path.querySelectorAll<HTMLElement>('[data-step]')) {
      const step = Number(stop.dataset.step);
      const state = states[step - 1] ?? 'not-started';
      const isNext = path.hasAttribute('data-mark-next') && step === next;
      stop.dataset.state = state;
      stop.toggleAttribute('data-next', isNext);
      const words = stop.querySelector('.sp-state');
      if (words) words.textContent = PROGRESS_LABELS[state];
    }
    path.setAttribute('data-filled', '');
  }
}

/** Reads the stored workbook (nothing when storage is blocked) and fills the paths. */
function fromStorage(): void {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORED_KEY);
  } catch {
    return;
  }
  fillStepPaths(document, storedStates(raw));
}

fromStorage();
window.addEventListener('storage', (event) => {
  if (event.key === STORED_KEY || event.key === null) fromStorage();
});
window.addEventListener('pageshow', (event) => {
  if (event.persisted) fromStorage();
});
// After work in a worksheet further down (saved by then), the path is up to date when seen again.
const watch = new IntersectionObserver((seen) => {
  if (seen.some((e) => e.isIntersecting)) fromStorage();
});
for (const path of document.querySelectorAll('[data-step-path]')) watch.observe(path);

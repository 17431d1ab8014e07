// Shows the workbook's progress in the page: the path through the seven steps (StepPath.astro,
// StepList.astro), the ticks of the steps in the navigation (SiteNav.astro) and the "Continue"
// link (ContinueLink.astro), all from the one rule of done per worksheet. The page script (page.ts)
// loads it when one of them first comes into view. It reads the stored text again when another tab
// saves and each time a path or the link comes back into view (after work in a worksheet further
// down the page), never loading the workbook runtime.
import type { ContinueLink } from '../worksheets/continue';
import { NAV_TICKS, nextStep, STORED_KEY, storedProgressOnce } from '../worksheets/step-path';
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

/** A span of the navigation's ticks (none in the markup, so pages without a workbook carry none). */
function tickSpan(words: boolean): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = words ? 'nav-tick sr-only' : 'nav-tick';
  if (!words) span.setAttribute('aria-hidden', 'true');
  return span;
}

/**
 * Gives each step in the navigation (a link "Step 3: Assess your goals" with data-tick="3") its
 * tick: a mark after "Step 3", at the end of its line (it moves nothing), and words for screen
 * readers after the name ("…, done").
 */
export function fillNavTicks(root: ParentNode, states: readonly Progress[] | undefined): void {
  if (!states) return;
  for (const link of root.querySelectorAll<HTMLElement>('[data-tick]')) {
    const tick = NAV_TICKS[states[Number(link.dataset.tick) - 1] ?? 'not-started'];
    let [mark, words] = link.querySelectorAll('.nav-tick');
    if (!mark || !words) {
      mark = tickSpan(false);
      words = tickSpan(true);
      // Before the hidden ":" of "Step 3:", and at the end of the name.
      link.firstElementChild?.lastElementChild?.before(mark);
      link.lastElementChild?.append(words);
    }
    mark.textContent = tick.mark;
    words.textContent = tick.words;
  }
}

/**
 * How the "Continue" link keeps within the two lines its box keeps from the first paint: a long
 * name ends in "…" on screen (the link's name stays whole). Set here, with the link, rather than in
 * the CSS every page loads; CSS set through the style object is not inline markup, so the Content
 * Security Policy allows it.
 */
const CLAMP = [
  ['display', '-webkit-box'],
  ['-webkit-box-orient', 'vertical'],
  ['-webkit-line-clamp', '2'],
  ['overflow', 'hidden'],
  ['font-weight', '700'],
] as const;

/** Points each "Continue" link at where to continue, or hides it when there is nowhere yet. */
export function fillContinue(root: ParentNode, resume: ContinueLink | undefined): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-continue] a')) {
    link.hidden = !resume;
    if (!resume) {
      link.removeAttribute('style');
      continue;
    }
    for (const [name, value] of CLAMP) link.style.setProperty(name, value);
    link.href = resume.href;
    link.textContent = resume.text;
  }
}

/** Reads the stored workbook (nothing when storage is blocked) and shows its progress. */
function fromStorage(): void {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORED_KEY);
  } catch {
    return;
  }
  const progress = storedProgressOnce(raw);
  fillStepPaths(document, progress?.states);
  fillNavTicks(document, progress?.states);
  fillContinue(document, progress?.resume);
}

fromStorage();
window.addEventListener('storage', (event) => {
  if (event.key === STORED_KEY || event.key === null) fromStorage();
});
window.addEventListener('pageshow', (event) => {
  if (event.persisted) fromStorage();
});
// After work in a worksheet further down (saved by then), the progress is up to date when seen again.
const watch = new IntersectionObserver((seen) => {
  if (seen.some((e) => e.isIntersecting)) fromStorage();
});
for (const part of document.querySelectorAll('[data-step-path], [data-continue]')) watch.observe(part);

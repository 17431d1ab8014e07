// Whether this page's saved workbook is loaded yet, for code that must not act on the empty one
// shown while it loads: fields keeping text typed early, entries submitted during loading. It
// imports nothing, so fields on pages without a workbook (the advisor page) stay small.

/** 'idle': no worksheet on this page has started the workbook; 'loading'; 'loaded'. */
type LoadState = 'idle' | 'loading' | 'loaded';

let state: LoadState = 'idle';
const waiting: Array<() => void> = [];

/** Runs `fn` once the saved workbook is loaded: at once when it is, or when nothing on the page loads one. */
export function whenLoaded(fn: () => void): void {
  if (state === 'loading') waiting.push(fn);
  else fn();
}

/** Marks that the engine started loading the saved workbook (called by the workbook client). */
export function loadStarted(): void {
  if (state === 'idle') state = 'loading';
}

/** Marks the saved workbook as loaded and runs, in order, what waited for it (called by the workbook client). */
export function loadFinished(): void {
  state = 'loaded';
  for (const fn of waiting.splice(0)) fn();
}

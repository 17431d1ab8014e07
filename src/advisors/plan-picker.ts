// The list of items on the advisor page, for choosing a plan: a sticky count of what is ticked out
// of the limit, a refusal at once of one item too many, and a filter box that narrows the list.
// It runs with the page (before the plan link maker loads), so the limit holds from the first tick;
// the filter's code (plan-filter.ts) is fetched when its box is first focused.
import { MAX_ITEMS } from './codec';
import { ITEM_INPUT_NAME, itemBoxes } from './plan-items';

/** "3 of 30 items chosen." */
export function countWords(count: number, max = MAX_ITEMS): string {
  return `${count} of ${max} items chosen.`;
}

/** What the advisor reads when a tick is refused. */
export const LIMIT_MESSAGE = `A plan holds up to ${MAX_ITEMS} items, so this one was not added. Untick another item first.`;

/** Sets up the count, the limit and the filter of the list inside `picker` (an element holding them). */
export function setupPlanPicker(picker: HTMLElement): void {
  const summary = picker.querySelector<HTMLElement>('[data-plan-summary]');
  const count = picker.querySelector<HTMLElement>('[data-plan-count]');
  const refused = picker.querySelector<HTMLElement>('[data-plan-refused]');
  const filter = picker.querySelector<HTMLElement>('[data-plan-filter]');
  const input = filter?.querySelector('input');
  const shown = filter?.querySelector<HTMLElement>('[data-plan-shown]');
  const boxes = itemBoxes();
  const ticked = () => boxes.filter((b) => b.checked).length;
  const showCount = () => {
    if (count) count.textContent = countWords(ticked());
  };

  // Refuse one item too many before anything else hears of the tick (capture phase).
  document.addEventListener(
    'change',
    (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.name !== ITEM_INPUT_NAME) return;
      if (box.checked && ticked() > MAX_ITEMS) {
        box.checked = false;
        if (refused) refused.textContent = LIMIT_MESSAGE;
      } else if (refused) refused.textContent = '';
      showCount();
    },
    true,
  );
  if (summary) summary.hidden = false;
  showCount();

  if (!filter || !input) return;
  let asked = false;
  const loadFilter = () => {
    if (asked) return;
    asked = true;
    void import('./plan-filter').then(
      (m) => m.setupPlanFilter(picker, input, shown ?? null, boxes),
      () => {
        asked = false;
        if (shown) shown.textContent = 'The filter could not load. Check your connection, then try again.';
      },
    );
  };
  input.addEventListener('focus', loadFilter);
  input.addEventListener('input', loadFilter);
  filter.hidden = false;
}

// The list of items on the advisor page, for choosing a plan: a sticky count of what is ticked out
// of the limit, a refusal at once of one item too many, and a filter box that narrows the list.
// It runs with the page (before the plan link maker loads), so the limit holds from the first tick.
import { announce } from '../scripts/announce';
import { MAX_ITEMS } from './codec';

/** The name of the checkboxes on the advisor page that choose a plan's items. */
export const ITEM_INPUT_NAME = 'plan-item';

/** "3 of 30 items chosen." */
export function countWords(count: number, max = MAX_ITEMS): string {
  return `${count} of ${max} items chosen.`;
}

/** What the advisor reads when a tick is refused. */
export const LIMIT_MESSAGE = `A plan holds up to ${MAX_ITEMS} items, so this one was not added. Untick another item first.`;

/** Words of a search, lowercase, without punctuation. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when every word of the query starts a word of the text ("thank" finds "Thank-you note"). */
export function matchesQuery(text: string, query: string): boolean {
  const words = searchWords(text);
  return searchWords(query).every((q) => words.some((w) => w.startsWith(q)));
}

/** The plan's checkboxes in reading order. */
export function itemBoxes(doc: Document = document): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>(`input[name="${ITEM_INPUT_NAME}"]`)];
}

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
  const rows = boxes.map((box) => {
    const row = box.closest<HTMLElement>('li') as HTMLElement;
    return { row, text: row.textContent ?? '' };
  });
  const apply = () => {
    const query = input.value;
    let visible = 0;
    for (const { row, text } of rows) {
      row.hidden = !matchesQuery(text, query);
      if (!row.hidden) visible++;
    }
    // Hide the groups and pages left with nothing to show.
    for (const group of picker.querySelectorAll<HTMLElement>('fieldset, section'))
      group.hidden = !group.querySelector('li:not([hidden])');
    if (shown)
      shown.textContent = query.trim()
        ? `Showing ${visible} of ${rows.length} items.`
        : `Showing all ${rows.length} items.`;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    apply();
    // Say the result once typing pauses, not on every key.
    timer = setTimeout(() => announce(shown?.textContent ?? ''), 700);
  });
  filter.hidden = false;
  apply();
}

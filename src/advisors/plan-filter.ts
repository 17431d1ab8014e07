// The filter box of the advisor page's list of items: narrows the list to the rows whose words
// match. Fetched when the box is first focused (plan-picker.ts).
import { announce } from '../scripts/announce';

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

/** "Showing 3 of 228 items." while filtering, "Showing all 228 items." without a query. */
export function shownWords(query: string, visible: number, total: number): string {
  return query.trim() ? `Showing ${visible} of ${total} items.` : `Showing all ${total} items.`;
}

/**
 * Filters the rows of `boxes` (each checkbox's list item) inside `picker` by what is typed in
 * `input`, now and on every change; `shown` says how many show (announced once typing pauses).
 */
export function setupPlanFilter(
  picker: HTMLElement,
  input: HTMLInputElement,
  shown: HTMLElement | null,
  boxes: HTMLInputElement[],
): void {
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
    if (shown) shown.textContent = shownWords(query, visible, rows.length);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    apply();
    // Say the result once typing pauses, not on every key.
    timer = setTimeout(() => announce(shown?.textContent ?? ''), 700);
  });
  // Text typed while this code was on its way is filtered at once.
  if (input.value) apply();
}

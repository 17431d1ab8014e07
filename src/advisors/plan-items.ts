// The checkboxes of the advisor page that choose a plan's items, read by the list's count and limit
// (plan-picker.ts) and by the plan link maker (PlanBuilder.tsx).

/** The name of the checkboxes on the advisor page that choose a plan's items. */
export const ITEM_INPUT_NAME = 'plan-item';

/** The plan's checkboxes in reading order. */
export function itemBoxes(doc: Document = document): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>(`input[name="${ITEM_INPUT_NAME}"]`)];
}

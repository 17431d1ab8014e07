import { type Day, formatDay } from '../../../lib/days';
import { dueWords } from './due';

/** The date and its wording together: "Tue 3 March 2026 (overdue by 2 days)". */
export function dueText(due: Day, today: Day): string {
  if (!due) return 'No date set';
  const words = dueWords(due, today);
  return `${formatDay(due)} (${words.charAt(0).toLowerCase()}${words.slice(1)})`;
}

import { addDays, type Day } from '../../lib/days';
import type { Workbook } from '../../workbook/model';
import { type FollowUpAction, firstActions } from '../shared/follow-up/actions';

/** How many actions the dashboard lists. */
export const NEXT_ACTION_LIMIT = 5;
/** Actions dated up to this many days ahead count as coming up. */
export const NEXT_ACTION_DAYS = 7;

/**
 * The next actions: overdue and upcoming follow-ups (within a week), thank-yous due, top-five
 * people not contacted yet and next steps from interview notes, most urgent first.
 */
export function nextActions(
  doc: Workbook,
  today: Day,
  limit = NEXT_ACTION_LIMIT,
): { shown: FollowUpAction[]; total: number } {
  const horizon = addDays(today, NEXT_ACTION_DAYS);
  return firstActions(doc, today, (a) => !a.due || a.due <= horizon, limit);
}

import { createMemo } from 'solid-js';
import { peopleInWeeks } from '../shared/routine/streak';
import { useWorkbookData } from '../shared/use-workbook';
import { useToday } from './use-today';
import { WeekChart } from './WeekChart';
import { WEEKS_SHOWN, weeklyCounts, weeklyGoal } from './weeks';

/**
 * Step 7 worksheet, the week at a glance: the last weeks' messages, conversations and thank-yous,
 * with the weekly goal set in the routine above. An island of its own (see Dashboard.tsx).
 */
export default function DashboardWeek() {
  const doc = useWorkbookData();
  const today = useToday();
  // Empty weeks until today's date is known (after mounting), so the table keeps its rows.
  const weeks = createMemo(() =>
    today()
      ? weeklyCounts(doc().contacts, today())
      : Array.from({ length: WEEKS_SHOWN }, () => ({ start: '', messages: 0, talks: 0, thanks: 0 })),
  );
  return (
    <>
      <h4 id="db-week-title">Your week at a glance</h4>
      <WeekChart
        weeks={weeks()}
        goal={weeklyGoal(doc())}
        people={weeklyGoal(doc()) && today() ? peopleInWeeks(doc().contacts, weeks(), today()) : undefined}
      />
    </>
  );
}

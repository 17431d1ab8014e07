import { createMemo } from 'solid-js';
import { peopleInWeeks } from '../shared/routine/streak';
import { useWorkbookData } from '../shared/use-workbook';
import { Routine } from './Routine';
import { useToday } from './use-today';
import { WeekChart } from './WeekChart';
import { WEEKS_SHOWN, weeklyCounts, weeklyGoal } from './weeks';

/**
 * Step 7 worksheet, the weekly networking time and goal with the streak, then the week at a
 * glance. An island of its own (see Dashboard.tsx). `dashboardUrl` is the dashboard's full
 * address, written into the calendar event.
 */
export default function DashboardRoutine(props: { dashboardUrl: string }) {
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
      <Routine doc={doc()} today={today()} dashboardUrl={props.dashboardUrl} />

      <h4 id="db-week-title">Your week at a glance</h4>
      <WeekChart
        weeks={weeks()}
        goal={weeklyGoal(doc())}
        people={weeklyGoal(doc()) && today() ? peopleInWeeks(doc().contacts, weeks(), today()) : undefined}
      />
    </>
  );
}

import { useWorkbookData } from '../shared/use-workbook';
import { Routine } from './Routine';
import { useToday } from './use-today';

/**
 * Step 7 worksheet, the weekly networking time and goal with the streak. An island of its own (see
 * Dashboard.tsx). `dashboardUrl` is the dashboard's full address, written into the calendar event.
 */
export default function DashboardRoutine(props: { dashboardUrl: string }) {
  const doc = useWorkbookData();
  const today = useToday();
  return <Routine doc={doc()} today={today()} dashboardUrl={props.dashboardUrl} />;
}

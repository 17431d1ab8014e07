import { createMemo } from 'solid-js';
import { useWorkbookData } from '../shared/use-workbook';
import { OrganizationList } from './OrganizationList';

/** Step 3 worksheet, the ranked organizations: an island of its own at the end of the worksheet (see Goals.tsx). */
export default function GoalsOrganizations() {
  const data = useWorkbookData();
  const goals = createMemo(() => data().goals);
  return (
    <div class="goals-worksheet">
      <OrganizationList goals={goals()} />
    </div>
  );
}

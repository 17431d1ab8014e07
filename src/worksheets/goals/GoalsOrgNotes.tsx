import { createMemo, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { changesOnDemand } from '../shared/changes-on-demand';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';

/** Step 3 worksheet, the notes on organizations under their list: an island of its own (see GoalsOrgAdd.tsx). */
export default function GoalsOrgNotes() {
  const data = useWorkbookData();
  const notes = createMemo(() => data().goals.organizations);
  const changes = changesOnDemand(() => import('./org-changes'));
  return (
    <div class="goals-worksheet" onFocusIn={changes.prefetch}>
      <Show when={changes.failed()}>
        <LoadProblem what="part that saves your notes" />
      </Show>
      <LongAnswer
        id="goals-organizations"
        label="Notes on organizations"
        hint="Anything else about organizations: who to ask, what you read, places you are not sure about."
        optional
        value={notes()}
        onValue={(text) => changes.use((m) => updateWorkbook((d) => m.setGoalText(d, 'organizations', text)))}
      />
    </div>
  );
}

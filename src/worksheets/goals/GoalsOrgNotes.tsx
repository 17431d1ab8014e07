import { createMemo, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { changesOnDemand } from '../shared/changes-on-demand';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import type * as OrgChanges from './org-changes';

// The changes (org-changes.ts) are fetched once, at the first change; reaching the notes starts
// fetching them, so a change rarely waits. One promise, so changes keep their order.
let loading: Promise<typeof OrgChanges> | undefined;
const loadChanges = () =>
  (loading ??= import('./org-changes').catch((problem: unknown) => {
    loading = undefined;
    throw problem;
  }));
/** Starts fetching the changes (a failure is said at the first change). */
const fetchChanges = () => void loadChanges().catch(() => undefined);

/** Step 3 worksheet, the notes on organizations under their list: an island of its own (see GoalsOrgAdd.tsx). */
export default function GoalsOrgNotes() {
  const data = useWorkbookData();
  const notes = createMemo(() => data().goals.organizations);
  const changes = changesOnDemand(loadChanges);
  return (
    <div class="goals-worksheet" onFocusIn={fetchChanges}>
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

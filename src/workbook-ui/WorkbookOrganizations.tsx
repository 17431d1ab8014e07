import { createMemo, For, Show } from 'solid-js';
import { goalSentenceOf } from '../workbook/goal-parts';
import { orgFacts, orgLabel } from '../worksheets/goals/org-words';
import { rankedOrganizations } from '../worksheets/goals/organizations';
import { targetSentences } from '../worksheets/goals/target-words';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { Answer, StepBody } from './view-parts';

/** My workbook's step 3, after the top five: the organizations ranked and the notes on them, then the link to the worksheet (or words saying step 3 is empty). */
export default function WorkbookOrganizations() {
  const d = useWorkbookData();
  const goals = createMemo(() => d().goals);
  const orgs = createMemo(() => rankedOrganizations(goals()));
  const hasTargets = createMemo(() => targetSentences(goals()).length > 0);
  const rated = createMemo(() => d().contacts.some((c) => c.motivation || c.relevance || c.topFive));
  /** True when nothing of step 3 is written: no answer, no target, no organization, no one rated. */
  const empty = () => {
    const g = goals();
    return (
      !g.wants.length &&
      !g.fields.trim() &&
      !g.organizations.trim() &&
      !g.questions.trim() &&
      !goalSentenceOf(g).trim() &&
      !hasTargets() &&
      !orgs().length &&
      !rated()
    );
  };
  const limit = createGrowingLimit(() => orgs().length, 10);
  const shownOrgs = () => (orgs().length > limit() ? orgs().slice(0, limit()) : orgs());
  return (
    <StepBody title="Your goals" worksheet="goals" empty={empty()}>
      <Show when={orgs().length}>
        <h3>Organizations, ranked</h3>
        <ol class="wb-list">
          <For each={shownOrgs()}>
            {(o) => (
              <li>
                <strong>{orgLabel(o)}</strong> — {orgFacts(o)}
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Answer label="Notes on organizations" text={goals().organizations} />
    </StepBody>
  );
}

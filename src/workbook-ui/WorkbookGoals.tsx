import { createMemo, For, Show } from 'solid-js';
import { goalSentenceOf } from '../workbook/goal-parts';
import { WANT_LABELS } from '../workbook/labels';
import { orgFacts, orgLabel } from '../worksheets/goals/org-words';
import { rankedOrganizations } from '../worksheets/goals/organizations';
import { targetSentences } from '../worksheets/goals/target-words';
import { topFiveOf } from '../worksheets/shared/priorities/priorities';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { Answer, StepSection } from './view-parts';

/** My workbook's step 3: what the student wants, the goal and targets, the top five and the organizations ranked. */
export default function WorkbookGoals() {
  const d = useWorkbookData();
  const goals = createMemo(() => d().goals);
  const targets = createMemo(() => targetSentences(goals()));
  const orgs = createMemo(() => rankedOrganizations(goals()));
  const contacts = createMemo(() => d().contacts);
  const rated = createMemo(() => contacts().some((c) => c.motivation || c.relevance || c.topFive));
  const chosen = createMemo(() => topFiveOf(contacts()));
  const goalsEmpty = () => {
    const g = goals();
    return (
      !g.wants.length &&
      !g.fields.trim() &&
      !g.organizations.trim() &&
      !g.questions.trim() &&
      !goalSentenceOf(g).trim() &&
      !targets().length &&
      !orgs().length
    );
  };
  const limit = createGrowingLimit(() => orgs().length, 10);
  const shownOrgs = () => (orgs().length > limit() ? orgs().slice(0, limit()) : orgs());
  return (
    <StepSection step="Step 3" title="Your goals" worksheet="goals" empty={goalsEmpty() && !rated()}>
      <Show when={goals().wants.length}>
        <h3>What you want</h3>
        <ul class="wb-list">
          <For each={goals().wants}>{(w) => <li>{WANT_LABELS[w]}</li>}</For>
        </ul>
      </Show>
      <Answer label="Your main goal" text={goalSentenceOf(goals())} />
      <Show when={targets().length}>
        <h3>Your targets</h3>
        <ul class="wb-list">
          <For each={targets()}>{(t) => <li>{t}</li>}</For>
        </ul>
      </Show>
      <Answer label="Fields that interest you" text={goals().fields} />
      <Answer label="Questions you want answered" text={goals().questions} />
      <Show when={chosen().length}>
        <h3>Your top five to contact first</h3>
        <ol class="wb-list">
          <For each={chosen()}>{(c) => <li>{c.name}</li>}</For>
        </ol>
      </Show>
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
    </StepSection>
  );
}

import { createMemo, For } from 'solid-js';
import { localDay } from '../lib/local-day';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { trackedLine } from './follow-up-words';
import { peopleById } from './people-by-id';
import { ThankYouPart } from './ThankYouPart';
import { StepSection } from './view-parts';

/** My workbook's step 6: where each person stands in the tracker and the thank-yous as they read, long lists a part at a time. */
export default function WorkbookFollowUp() {
  const d = useWorkbookData();
  const today = localDay(new Date());
  const contacts = createMemo(() => d().contacts);
  const people = createMemo(() => peopleById(contacts()));
  /** People with a status beyond "not contacted", or a next contact date set. */
  const tracked = createMemo(() => contacts().filter((c) => c.status !== 'not-contacted' || c.nextContactAt));
  const thankYous = createMemo(() =>
    d().thankYous.filter((t) => t.learned.trim() || t.action.trim() || t.thanks.trim()),
  );
  const limit = createGrowingLimit(() => Math.max(tracked().length, thankYous().length), 10);
  const part = <T,>(items: readonly T[]) => (items.length > limit() ? items.slice(0, limit()) : items);
  return (
    <StepSection
      step="Step 6"
      title="Follow-ups and thank-yous"
      worksheet="contact-tracker"
      empty={!d().thankYous.length && !tracked().length}
    >
      <ul class="wb-list">
        <For each={part(tracked())}>
          {(c) => (
            <li>
              <strong>{c.name}</strong>: {trackedLine(c, today)}
            </li>
          )}
        </For>
      </ul>
      <For each={part(thankYous())}>
        {(t) => <ThankYouPart thankYou={t} name={people().get(t.contactId)?.name} signer={d().profile} />}
      </For>
    </StepSection>
  );
}

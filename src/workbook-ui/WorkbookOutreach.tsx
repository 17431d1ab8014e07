import { createMemo, For } from 'solid-js';
import { groupBy, indexById } from '../workbook/lookups';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { peopleById } from './people-by-id';
import { MessagePart, NotesPart, PrepPart } from './person-parts';
import { StepSection } from './view-parts';

/**
 * My workbook's step 5: every message, preparation and set of notes, each with whom it is about;
 * long lists drawn a part at a time (everything for printing).
 */
export default function WorkbookOutreach() {
  const d = useWorkbookData();
  const people = createMemo(() => peopleById(d().contacts));
  const suggested = createMemo(() => groupBy(d().contacts, (c) => c.referredBy));
  const pitches = createMemo(() => indexById(d().pitches));
  const nameOf = (id: string) => people().get(id)?.name;
  const limit = createGrowingLimit(() => Math.max(d().outreach.length, d().preps.length, d().interviews.length), 10);
  const part = <T,>(items: readonly T[]) => (items.length > limit() ? items.slice(0, limit()) : items);
  return (
    <StepSection
      step="Step 5"
      title="Outreach and interviews"
      worksheet="outreach"
      empty={!d().outreach.length && !d().preps.length && !d().interviews.length}
    >
      <For each={part(d().outreach)}>
        {(o) => <MessagePart message={o} name={nameOf(o.contactId)} signer={d().profile} />}
      </For>
      <For each={part(d().preps)}>
        {(p) => <PrepPart prep={p} name={nameOf(p.contactId)} pitchName={pitches().get(p.pitchId)?.name ?? ''} />}
      </For>
      <For each={part(d().interviews)}>
        {(n) => <NotesPart note={n} name={nameOf(n.contactId)} suggested={suggested().get(n.contactId)} />}
      </For>
    </StepSection>
  );
}

import { createMemo, For } from 'solid-js';
import { groupBy, indexById } from '../workbook/lookups';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { peopleById } from './people-by-id';
import { NotesPart, PrepPart } from './person-parts';
import { StepBody } from './view-parts';

/** My workbook's step 5, after the messages: every preparation and set of notes, then the link to the worksheet (or words saying step 5 is empty). */
export default function WorkbookInterviews() {
  const d = useWorkbookData();
  const people = createMemo(() => peopleById(d().contacts));
  const suggested = createMemo(() => groupBy(d().contacts, (c) => c.referredBy));
  const pitches = createMemo(() => indexById(d().pitches));
  const nameOf = (id: string) => people().get(id)?.name;
  const limit = createGrowingLimit(() => Math.max(d().preps.length, d().interviews.length), 10);
  const part = <T,>(items: readonly T[]) => (items.length > limit() ? items.slice(0, limit()) : items);
  return (
    <StepBody
      title="Outreach and interviews"
      worksheet="outreach"
      empty={!d().outreach.length && !d().preps.length && !d().interviews.length}
    >
      <For each={part(d().preps)}>
        {(p) => <PrepPart prep={p} name={nameOf(p.contactId)} pitchName={pitches().get(p.pitchId)?.name ?? ''} />}
      </For>
      <For each={part(d().interviews)}>
        {(n) => <NotesPart note={n} name={nameOf(n.contactId)} suggested={suggested().get(n.contactId)} />}
      </For>
    </StepBody>
  );
}

import { createMemo, For } from 'solid-js';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { MessagePart } from './MessagePart';
import { peopleById } from './people-by-id';

/** My workbook's step 5, first part: every message drafted, as it reads, drawn a part at a time (everything for printing). */
export default function WorkbookMessages() {
  const d = useWorkbookData();
  const people = createMemo(() => peopleById(d().contacts));
  const limit = createGrowingLimit(() => d().outreach.length, 10);
  const shown = () => (d().outreach.length > limit() ? d().outreach.slice(0, limit()) : d().outreach);
  return (
    <For each={shown()}>
      {(o) => <MessagePart message={o} name={people().get(o.contactId)?.name} signer={d().profile} />}
    </For>
  );
}

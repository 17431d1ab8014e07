import { For } from 'solid-js';
import { AUDIENCE_LABELS } from '../workbook/labels';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { StepSection } from './view-parts';

/** My workbook's step 4: each elevator pitch, named with its audience, as one paragraph. */
export default function WorkbookPitches() {
  const d = useWorkbookData();
  return (
    <StepSection step="Step 4" title="Your elevator pitches" worksheet="pitch-builder" empty={!d().pitches.length}>
      <For each={d().pitches}>
        {(pitch) => (
          <>
            <h3>
              {pitch.name || 'Untitled pitch'} ({AUDIENCE_LABELS[pitch.audience]})
            </h3>
            <p class="wb-notes">{[pitch.now, pitch.past, pitch.future, pitch.ask].filter((t) => t.trim()).join(' ')}</p>
          </>
        )}
      </For>
    </StepSection>
  );
}

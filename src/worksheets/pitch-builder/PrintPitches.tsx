import { For, Show } from 'solid-js';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import type { Pitch } from '../../workbook/model';
import { composePitch, PARTS } from '../shared/pitch/parts';
import { countWords, lengthVerdict } from '../shared/pitch/words';

/** Blank lines to write on by hand. */
function Lines(props: { count: number }) {
  return (
    <div class="print-lines" aria-hidden="true">
      <For each={Array.from({ length: props.count })}>{() => <div class="print-line" />}</For>
    </div>
  );
}

/** What the worksheet prints: the student's versions, or the four parts with lines to write on. */
export function PrintPitches(props: { pitches: Pitch[] }) {
  return (
    <div class="pb-print">
      <Show
        when={props.pitches.length}
        fallback={
          <>
            <p>Who is it for? A recruiter, an alumnus or alumna, a family friend, or someone else:</p>
            <Lines count={1} />
            <For each={PARTS}>
              {(part) => (
                <>
                  <p class="pb-print-label">{part.label}</p>
                  <Lines count={2} />
                </>
              )}
            </For>
            <p>Aim for 65 to 80 words, about 30 seconds.</p>
          </>
        }
      >
        <For each={props.pitches}>
          {(pitch) => (
            <section class="pb-print-version">
              <h4>
                {pitch.name || 'Untitled pitch'} ({AUDIENCE_LABELS[pitch.audience]})
              </h4>
              <Show when={composePitch(pitch)} fallback={<Lines count={4} />}>
                <p class="pb-print-text">{composePitch(pitch)}</p>
                <p class="pb-print-count">{lengthVerdict(countWords(composePitch(pitch))).summary}</p>
              </Show>
            </section>
          )}
        </For>
      </Show>
    </div>
  );
}

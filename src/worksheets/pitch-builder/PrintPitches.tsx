import { For, Show } from 'solid-js';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import type { Pitch } from '../../workbook/model';
import { composePitch } from '../shared/pitch/parts';
import { countWords, lengthVerdict } from '../shared/pitch/words';

/** Four blank lines to write a version on by hand (one template, no list to build). */
function Lines() {
  return (
    <div class="print-lines" aria-hidden="true">
      <div class="print-line" />
      <div class="print-line" />
      <div class="print-line" />
      <div class="print-line" />
    </div>
  );
}

/**
 * What the worksheet prints once it has versions: each one with its text and length. Before that,
 * the paper outline in PitchBuilderWorksheet.astro prints instead (the four parts with lines).
 */
export function PrintPitches(props: { pitches: Pitch[] }) {
  return (
    <div class="pb-print">
      <For each={props.pitches}>
        {(pitch) => (
          <section class="pb-print-version">
            <h4>{`${pitch.name || 'Untitled pitch'} (${AUDIENCE_LABELS[pitch.audience]})`}</h4>
            <Show when={composePitch(pitch)} fallback={<Lines />}>
              <p class="pb-print-text">{composePitch(pitch)}</p>
              <p class="pb-print-count">{lengthVerdict(countWords(composePitch(pitch))).summary}</p>
            </Show>
          </section>
        )}
      </For>
    </div>
  );
}

import { For, Show } from 'solid-js';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import type { Pitch } from '../../workbook/model';
import { composePitch } from '../shared/pitch/parts';
import { countWords, lengthVerdict } from '../shared/pitch/words';

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
            <Show
              when={composePitch(pitch)}
              fallback={
                // Four blank lines to write the version on by hand.
                <div class="print-lines" aria-hidden="true">
                  <div class="print-line" />
                  <div class="print-line" />
                  <div class="print-line" />
                  <div class="print-line" />
                </div>
              }
            >
              {(text) => (
                <>
                  <p class="pb-print-text">{text()}</p>
                  <p class="pb-print-count">{lengthVerdict(countWords(text())).summary}</p>
                </>
              )}
            </Show>
          </section>
        )}
      </For>
    </div>
  );
}

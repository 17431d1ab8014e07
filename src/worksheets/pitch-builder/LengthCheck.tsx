import { createEffect, createSignal, onCleanup } from 'solid-js';
import { BAR_MAX, countWords, lengthVerdict } from '../shared/pitch/words';

/**
 * The live word count and speaking time of a pitch against the 30-second budget, in words, with a
 * bar for sighted readers (its 30-second band is drawn by pitch-builder.css). Screen readers hear
 * the count once the student pauses typing.
 */
export function LengthCheck(props: { text: string; versionId: string }) {
  const verdict = () => lengthVerdict(countWords(props.text));
  const [spoken, setSpoken] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Only changes made while writing are announced, 1.5 s after the last keystroke; switching versions is silent.
  createEffect((shown: string | undefined) => {
    const version = props.versionId;
    const v = verdict();
    clearTimeout(timer);
    if (version === shown) timer = setTimeout(() => setSpoken(`${v.summary} ${v.advice}`), 1500);
    return version;
  });
  onCleanup(() => clearTimeout(timer));
  return (
    <div class={`pb-length pb-${verdict().band}`}>
      <p class="pb-length-text">
        <strong>{verdict().summary}</strong> {verdict().advice}
      </p>
      <div class="pb-bar" aria-hidden="true">
        <div class="pb-bar-band" />
        <div class="pb-bar-fill" style={{ width: `${(Math.min(verdict().words, BAR_MAX) / BAR_MAX) * 100}%` }} />
      </div>
      <p class="sr-only" aria-live="polite">
        {spoken()}
      </p>
    </div>
  );
}

import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import type { Pitch } from '../../workbook/model';
import { composePitch, type PartKey } from '../shared/pitch/parts';
import { focusSoon } from './PitchBuilder';
import {
  actionAnnouncement,
  clockText,
  isDone,
  isPaused,
  isRunning,
  pauseTimer,
  remainingMs,
  resetTimer,
  secondsLeft,
  startTimer,
  type TimerState,
  tickAnnouncement,
} from './timer';

/** Props of the practice view. */
export interface PracticeModeProps {
  /** The version practised: its name and its parts. */
  pitch: Pick<Pitch, 'name' | PartKey>;
  /** Goes back to editing (the editor is drawn again). */
  onClose: () => void;
}

/** How often the clock is redrawn while running; the time itself comes from timestamps. */
const TICK_MS = 200;

/** Practice mode: the pitch in large text and a 30-second timer with Start, Pause and Reset. */
export function PracticeMode(props: PracticeModeProps) {
  const [timer, setTimer] = createSignal<TimerState>(resetTimer());
  const [now, setNow] = createSignal(performance.now());
  let heading: HTMLHeadingElement | undefined;
  let interval: ReturnType<typeof setInterval> | undefined;

  const stopTicking = () => {
    clearInterval(interval);
    interval = undefined;
  };
  const tick = () => {
    const before = remainingMs(timer(), now());
    const t = performance.now();
    setNow(t);
    const message = tickAnnouncement(before, remainingMs(timer(), t));
    if (message) announce(message);
    if (!isRunning(timer(), t)) stopTicking();
  };
  const toggle = () => {
    const t = performance.now();
    setNow(t);
    if (isRunning(timer(), t)) {
      setTimer(pauseTimer(timer(), t));
      stopTicking();
      announce(actionAnnouncement('pause', timer(), t));
      return;
    }
    const resuming = isPaused(timer(), t);
    setTimer(startTimer(timer(), t));
    announce(actionAnnouncement(resuming ? 'resume' : 'start', timer(), t));
    stopTicking();
    interval = setInterval(tick, TICK_MS);
  };
  const reset = () => {
    stopTicking();
    setTimer(resetTimer());
    setNow(performance.now());
    announce(actionAnnouncement('reset', timer(), now()));
  };

  onMount(() => heading?.focus());
  onCleanup(stopTicking);

  const seconds = () => secondsLeft(timer(), now());
  const running = () => isRunning(timer(), now());
  const state = () => {
    if (running()) return 'Running';
    if (isDone(timer(), now())) return 'Time is up.';
    if (isPaused(timer(), now())) return 'Paused';
    return 'Ready';
  };
  const buttonLabel = () => {
    if (running()) return 'Pause';
    if (isPaused(timer(), now())) return 'Resume';
    return isDone(timer(), now()) ? 'Start again' : 'Start';
  };
  const used = () => `${(1 - remainingMs(timer(), now()) / timer().durationMs) * 100}%`;

  return (
    <section class="pb-practice" aria-labelledby="pb-practice-title">
      <h4 id="pb-practice-title" tabindex="-1" ref={heading}>
        Practice: {props.pitch.name}
      </h4>
      <p class="hint">
        Say your pitch out loud, in your own words, and try to finish before the timer reaches zero. Do not learn it
        word for word.
      </p>
      <div class={`pb-timer${isDone(timer(), now()) ? ' pb-timer-done' : ''}`}>
        <p class="pb-clock">
          <span aria-hidden="true">{clockText(seconds())}</span>
          <span class="sr-only">
            {seconds()} {seconds() === 1 ? 'second' : 'seconds'} left
          </span>
        </p>
        <p class="pb-timer-state">{state()}</p>
        <div class="pb-progress" aria-hidden="true">
          <div class="pb-progress-used" style={{ width: used() }} />
        </div>
        <div class="button-row">
          <button type="button" class="button" onClick={toggle}>
            {buttonLabel()}
            <span class="sr-only"> timer</span>
          </button>
          <button type="button" class="button secondary" onClick={reset}>
            Reset<span class="sr-only"> timer</span>
          </button>
        </div>
      </div>
      <Show
        when={composePitch(props.pitch)}
        fallback={<p class="pb-practice-text pb-empty">Nothing to practice yet. Go back and write your pitch first.</p>}
      >
        {(text) => <p class="pb-practice-text">{text()}</p>}
      </Show>
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          props.onClose();
          // Back in the editor, the cursor returns to the button that opened practice mode.
          focusSoon('#pb-practice-button');
        }}
      >
        Back to editing
      </button>
    </section>
  );
}

// A countdown for practising the pitch out loud. Time comes from timestamps, never from counting
// ticks, so a slow or throttled page still shows the right time. Every function is pure.

/** Length of the practice countdown, in milliseconds. */
export const PRACTICE_MS = 30_000;
/** When "10 seconds left" is said, in milliseconds before the end. */
export const WARNING_MS = 10_000;

/** The countdown: how long it runs, when the current run started (null when stopped) and time used before it. */
export interface TimerState {
  durationMs: number;
  startedAt: number | null;
  usedMs: number;
}

/** A fresh countdown of `durationMs`, not started. */
export function resetTimer(durationMs = PRACTICE_MS): TimerState {
  return { durationMs, startedAt: null, usedMs: 0 };
}

/** Milliseconds used so far at time `now`. */
function usedAt(state: TimerState, now: number): number {
  const running = state.startedAt === null ? 0 : Math.max(0, now - state.startedAt);
  return Math.min(state.durationMs, state.usedMs + running);
}

/** Milliseconds left at time `now` (never below zero). */
export function remainingMs(state: TimerState, now: number): number {
  return state.durationMs - usedAt(state, now);
}

/** Whether the countdown is running at time `now` (it stops by itself at zero). */
export function isRunning(state: TimerState, now: number): boolean {
  return state.startedAt !== null && remainingMs(state, now) > 0;
}

/** Whether the time is up at `now`. */
export function isDone(state: TimerState, now: number): boolean {
  return remainingMs(state, now) <= 0;
}

/** Whether the countdown was started and then paused before the end. */
export function isPaused(state: TimerState, now: number): boolean {
  return state.startedAt === null && state.usedMs > 0 && !isDone(state, now);
}

/** Starts or resumes the countdown at `now`; once the time is up it starts again from the full length. */
export function startTimer(state: TimerState, now: number): TimerState {
  if (isRunning(state, now)) return state;
  const base = isDone(state, now) ? resetTimer(state.durationMs) : state;
  return { ...base, startedAt: now };
}

/** Pauses the countdown at `now`, keeping the time used. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { ...state, startedAt: null, usedMs: usedAt(state, now) };
}

/** Whole seconds left, rounded up, as a countdown shows them (29.2 s left shows 30). */
export function secondsLeft(state: TimerState, now: number): number {
  return Math.ceil(remainingMs(state, now) / 1000);
}

/** The clock face: "0:30", "0:09", "1:00". */
export function clockText(seconds: number): string {
  const s = Math.max(0, seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "1 second", "12 seconds". */
function secondsWords(n: number): string {
  return `${n} ${n === 1 ? 'second' : 'seconds'}`;
}

/**
 * What to tell screen readers as time passes from `before` to `after` milliseconds left: once at
 * 10 seconds left and once when the time is up, never every second. Undefined when nothing is due.
 */
export function tickAnnouncement(beforeMs: number, afterMs: number): string | undefined {
  if (beforeMs > 0 && afterMs <= 0) return 'Time is up.';
  if (beforeMs > WARNING_MS && afterMs <= WARNING_MS) return '10 seconds left.';
  return undefined;
}

/** What to tell screen readers after the student presses Start, Pause or Reset. */
export function actionAnnouncement(
  action: 'start' | 'resume' | 'pause' | 'reset',
  state: TimerState,
  now: number,
): string {
  const left = secondsWords(secondsLeft(state, now));
  if (action === 'start') return `Timer started: ${left}. Start speaking.`;
  if (action === 'resume') return `Timer resumed: ${left} left.`;
  if (action === 'pause') return `Timer paused with ${left} left.`;
  return `Timer reset to ${left}.`;
}

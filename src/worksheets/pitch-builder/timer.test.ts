import { describe, expect, it } from 'vitest';
import {
  actionAnnouncement,
  clockText,
  isDone,
  isPaused,
  isRunning,
  PRACTICE_MS,
  pauseTimer,
  remainingMs,
  resetTimer,
  secondsLeft,
  startTimer,
  tickAnnouncement,
} from './timer';

const T0 = 1_000_000;

describe('practice timer', () => {
  it('starts at 30 seconds and does not move until started', () => {
    const t = resetTimer();
    expect(t.durationMs).toBe(PRACTICE_MS);
    expect(remainingMs(t, T0 + 5000)).toBe(30_000);
    expect(isRunning(t, T0)).toBe(false);
  });

  it('counts down from the start timestamp, whatever the gaps between ticks', () => {
    const t = startTimer(resetTimer(), T0);
    expect(remainingMs(t, T0 + 1)).toBe(29_999);
    expect(remainingMs(t, T0 + 12_345)).toBe(17_655);
    expect(secondsLeft(t, T0 + 12_345)).toBe(18);
    expect(isRunning(t, T0 + 12_345)).toBe(true);
  });

  it('pauses with the time used kept, and resumes from there', () => {
    let t = startTimer(resetTimer(), T0);
    t = pauseTimer(t, T0 + 8000);
    expect(isPaused(t, T0 + 60_000)).toBe(true);
    expect(remainingMs(t, T0 + 60_000)).toBe(22_000);
    t = startTimer(t, T0 + 100_000);
    expect(remainingMs(t, T0 + 102_500)).toBe(19_500);
    expect(isPaused(t, T0 + 102_500)).toBe(false);
  });

  it('pausing twice or starting twice changes nothing', () => {
    const running = startTimer(resetTimer(), T0);
    expect(startTimer(running, T0 + 3000)).toBe(running);
    const paused = pauseTimer(running, T0 + 3000);
    expect(pauseTimer(paused, T0 + 9000)).toBe(paused);
  });

  it('stops at zero, never below, and starts again from 30 seconds after the end', () => {
    const t = startTimer(resetTimer(), T0);
    expect(remainingMs(t, T0 + 45_000)).toBe(0);
    expect(isDone(t, T0 + 30_000)).toBe(true);
    expect(isRunning(t, T0 + 30_000)).toBe(false);
    expect(isPaused(t, T0 + 30_000)).toBe(false);
    const again = startTimer(t, T0 + 50_000);
    expect(remainingMs(again, T0 + 51_000)).toBe(29_000);
  });

  it('resets to the full time', () => {
    const t = pauseTimer(startTimer(resetTimer(), T0), T0 + 4000);
    expect(remainingMs(resetTimer(t.durationMs), T0 + 9000)).toBe(30_000);
  });

  it('shows the clock as minutes and seconds, rounded up', () => {
    const t = startTimer(resetTimer(), T0);
    expect(clockText(secondsLeft(t, T0))).toBe('0:30');
    expect(clockText(secondsLeft(t, T0 + 200))).toBe('0:30');
    expect(clockText(secondsLeft(t, T0 + 21_000))).toBe('0:09');
    expect(clockText(secondsLeft(t, T0 + 30_000))).toBe('0:00');
    expect(clockText(60)).toBe('1:00');
  });
});

describe('timer announcements', () => {
  it('speaks only at 10 seconds left and at the end', () => {
    expect(tickAnnouncement(30_000, 29_000)).toBeUndefined();
    expect(tickAnnouncement(10_200, 10_000)).toBe('10 seconds left.');
    expect(tickAnnouncement(9_900, 9_700)).toBeUndefined();
    expect(tickAnnouncement(200, 0)).toBe('Time is up.');
    expect(tickAnnouncement(0, 0)).toBeUndefined();
  });

  it('says "Time is up" when a slow tick jumps past both moments', () => {
    expect(tickAnnouncement(15_000, 0)).toBe('Time is up.');
  });

  it('describes Start, Pause, Resume and Reset with the time left', () => {
    const t = startTimer(resetTimer(), T0);
    expect(actionAnnouncement('start', t, T0)).toBe('Timer started: 30 seconds. Start speaking.');
    const p = pauseTimer(t, T0 + 11_500);
    expect(actionAnnouncement('pause', p, T0 + 11_500)).toBe('Timer paused with 19 seconds left.');
    expect(actionAnnouncement('resume', startTimer(p, T0 + 20_000), T0 + 20_000)).toBe(
      'Timer resumed: 19 seconds left.',
    );
    expect(actionAnnouncement('reset', resetTimer(), T0)).toBe('Timer reset to 30 seconds.');
  });
});

// Speaking time and the 30-second word budget for an elevator pitch. Words are counted in
// count-words.ts (re-exported here), which an outreach message needs without the rest.

import { countOf } from '../../../workbook/plural';

export { countWords } from './count-words';

/** Slow speaking rate (words per minute), as speech calculators assume. */
export const SLOW_WPM = 130;
/** Brisk speaking rate (words per minute), as in TED talks. */
export const FAST_WPM = 160;
/** The word budget of a 30-second pitch: about 65 to 80 words. */
export const TARGET = { min: 65, max: 80, seconds: 30 } as const;
/** Words the length bar shows: counts past this fill it (pitch-builder.css draws the budget on it). */
export const BAR_MAX = 120;

/** Seconds it takes to say `words` words at `wpm` words per minute (not rounded). */
export function speakingSeconds(words: number, wpm: number): number {
  if (words <= 0 || wpm <= 0) return 0;
  return (words / wpm) * 60;
}

/** The likely speaking time in whole seconds: fast at 160 wpm, slow at 130 wpm. */
export function speakingRange(words: number): { fast: number; slow: number } {
  return {
    fast: Math.round(speakingSeconds(words, FAST_WPM)),
    slow: Math.round(speakingSeconds(words, SLOW_WPM)),
  };
}

/** "1 word", "75 words". */
export function wordsText(n: number): string {
  return countOf(n, 'word', 'words');
}

/** A duration in words: "28 seconds", "1 minute", "1 minute 5 seconds". */
export function durationText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  // The seconds are left out of a whole number of minutes, never out of a time under a minute.
  return [minutes && countOf(minutes, 'minute', 'minutes'), (rest || !minutes) && countOf(rest, 'second', 'seconds')]
    .filter(Boolean)
    .join(' ');
}

/** The speaking time as a range in words: "about 28 to 35 seconds", "about 1 second". */
export function speakingText(words: number): string {
  const { fast, slow } = speakingRange(words);
  const lo = Math.max(1, fast);
  const hi = Math.max(1, slow);
  // Under a minute the unit is said once: "about 28 to 35 seconds".
  const from = lo === hi ? '' : `${hi < 60 ? lo : durationText(lo)} to `;
  return `about ${from}${durationText(hi)}`;
}

/** Where a word count stands against the 30-second budget. */
export type Band = 'empty' | 'short' | 'in-range' | 'long';

/** The verdict on a pitch's length, with the message shown to the student. */
export interface LengthVerdict {
  words: number;
  band: Band;
  /** "75 words: about 28 to 35 seconds." */
  summary: string;
  /** "This is in the 30-second range." or what to add or cut. */
  advice: string;
}

/** Judges a word count against the 65 to 80 word budget of a 30-second pitch, in words. */
export function lengthVerdict(words: number): LengthVerdict {
  const n = Math.max(0, Math.floor(words));
  if (n === 0) {
    return {
      words: 0,
      band: 'empty',
      summary: '0 words.',
      advice: `Aim for ${TARGET.min} to ${TARGET.max} words, about 30 seconds.`,
    };
  }
  const summary = `${wordsText(n)}: ${speakingText(n)}.`;
  if (n < TARGET.min) {
    return {
      words: n,
      band: 'short',
      summary,
      advice: `Shorter than 30 seconds: you can add about ${wordsText(TARGET.min - n)}.`,
    };
  }
  if (n > TARGET.max) {
    return {
      words: n,
      band: 'long',
      summary,
      advice: `Too long for 30 seconds: cut about ${wordsText(n - TARGET.max)}.`,
    };
  }
  return { words: n, band: 'in-range', summary, advice: 'This is in the 30-second range.' };
}

import { describe, expect, it } from 'vitest';
import {
  countWords,
  durationText,
  FAST_WPM,
  lengthVerdict,
  SLOW_WPM,
  speakingRange,
  speakingSeconds,
  speakingText,
} from './words';

describe('countWords', () => {
  it('counts nothing in empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t  \n')).toBe(0);
  });

  it('counts words separated by any amount of spaces, tabs and line breaks', () => {
    expect(countWords('  Hi,   I am\n\n\nTomás.\tNice\u00a0to meet\u2003you  ')).toBe(8);
    expect(countWords('one\r\ntwo\u2028three\u200bfour')).toBe(4);
  });

  it('counts a hyphenated word as one word', () => {
    expect(countWords('a well-known, long-term, part-time job')).toBe(5);
    expect(countWords('well\u2011known')).toBe(1);
  });

  it('counts numbers, decimals, years, percentages and amounts as one word each', () => {
    expect(countWords('3.5')).toBe(1);
    expect(countWords('2026')).toBe(1);
    expect(countWords('20%')).toBe(1);
    expect(countWords('My GPA is 3.5, I graduate in 2026, and I cut costs 20% to save $40,000.')).toBe(16);
  });

  it('does not count punctuation or symbols that stand alone', () => {
    expect(countWords('Hello , world ! ... - & ? " \u2014 \u2013')).toBe(2);
    expect(countWords('Yes! No? Maybe.')).toBe(3);
  });

  it('splits words joined by an em dash, an en dash, a double hyphen or a slash', () => {
    expect(countWords('work\u2014and')).toBe(2);
    expect(countWords('work \u2014 and')).toBe(2);
    expect(countWords('2019\u20132023')).toBe(2);
    expect(countWords('work--and')).toBe(2);
    expect(countWords('and/or')).toBe(2);
  });

  it('counts a word with an apostrophe once, straight or curly', () => {
    expect(countWords("don't")).toBe(1);
    expect(countWords('don\u2019t I\u2019m Tomás\u2019s')).toBe(3);
    expect(countWords("'quoted' words")).toBe(2);
  });

  it('does not count emoji, and does not split a word an emoji touches', () => {
    expect(countWords('Hi 👋 there 🎉🎉')).toBe(2);
    expect(countWords('👍🏽 👩‍💻 🇺🇸')).toBe(0);
    expect(countWords('great👍 job')).toBe(2);
  });

  it('counts letters of any script', () => {
    expect(countWords('Ana Souza, São Paulo, Zürich, 東京')).toBe(6);
  });

  it('agrees with the word counts printed on the step page', () => {
    const recruiter = `Hi, I'm Tomás Herrera. I'm a senior in environmental science, and I focus on water quality.
Before college, I ran the shipping team at a warehouse for six years, so I know how to keep work on schedule.
Last summer I tested water samples for the county lab.
Now I'm looking for field technician work where I can be outdoors.
What kinds of projects do your field teams work on?`;
    expect(countWords(recruiter)).toBe(70);
  });
});

describe('speaking time', () => {
  it('uses 130 and 160 words per minute', () => {
    expect(SLOW_WPM).toBe(130);
    expect(FAST_WPM).toBe(160);
    expect(speakingSeconds(130, 130)).toBe(60);
    expect(speakingSeconds(80, 160)).toBe(30);
    expect(speakingSeconds(65, 130)).toBe(30);
    expect(speakingSeconds(75, 160)).toBeCloseTo(28.125);
    expect(speakingSeconds(75, 130)).toBeCloseTo(34.615, 3);
    expect(speakingSeconds(0, 130)).toBe(0);
  });

  it('rounds the range to whole seconds, fast first', () => {
    expect(speakingRange(75)).toEqual({ fast: 28, slow: 35 });
    expect(speakingRange(65)).toEqual({ fast: 24, slow: 30 });
    expect(speakingRange(80)).toEqual({ fast: 30, slow: 37 });
  });

  it('says the time in words', () => {
    expect(speakingText(75)).toBe('about 28 to 35 seconds');
    expect(speakingText(1)).toBe('about 1 second');
    expect(speakingText(200)).toBe('about 1 minute 15 seconds to 1 minute 32 seconds');
    expect(durationText(60)).toBe('1 minute');
    expect(durationText(121)).toBe('2 minutes 1 second');
  });
});

describe('lengthVerdict', () => {
  it('gives the count and speaking time for a 75-word pitch, in the 30-second range', () => {
    expect(lengthVerdict(75)).toEqual({
      words: 75,
      band: 'in-range',
      summary: '75 words: about 28 to 35 seconds.',
      advice: 'This is in the 30-second range.',
    });
  });

  it('puts 64 below, 65 and 80 inside, and 81 above the 30-second range', () => {
    expect(lengthVerdict(64).band).toBe('short');
    expect(lengthVerdict(64).advice).toBe('Shorter than 30 seconds: you can add about 1 word.');
    expect(lengthVerdict(65).band).toBe('in-range');
    expect(lengthVerdict(80).band).toBe('in-range');
    expect(lengthVerdict(81).band).toBe('long');
    expect(lengthVerdict(81).advice).toBe('Too long for 30 seconds: cut about 1 word.');
  });

  it('says how much to cut or add', () => {
    expect(lengthVerdict(92).advice).toBe('Too long for 30 seconds: cut about 12 words.');
    expect(lengthVerdict(40).advice).toBe('Shorter than 30 seconds: you can add about 25 words.');
    expect(lengthVerdict(1).summary).toBe('1 word: about 1 second.');
  });

  it('invites a start when there are no words', () => {
    expect(lengthVerdict(0)).toMatchObject({ band: 'empty', advice: 'Aim for 65 to 80 words, about 30 seconds.' });
  });
});

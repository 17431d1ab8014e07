// Numbers the guide states about its own data must match that data: the size of the question bank,
// the word and character counts printed on sample messages, the thank-you days the tracker uses,
// the 3B7 days and the pitch and outreach word budgets. Change the data or the page, and this fails
// until both say the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_GOAL, WORD_LIMIT } from '../../src/worksheets/outreach/email';
import { QUESTION_BANK } from '../../src/worksheets/question-bank';
import { DATE_FIELDS } from '../../src/worksheets/shared/follow-up/editor-fields';
import {
  FOLLOW_UP_AFTER,
  SECOND_PERSON_AFTER,
  THANK_YOU_BUSINESS_DAYS,
} from '../../src/worksheets/shared/follow-up/follow-up';
import { countWords, FAST_WPM, SLOW_WPM, TARGET } from '../../src/worksheets/shared/pitch/words';

const CONTENT = join(import.meta.dirname, '../../content');
const pages = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.split('\\').join('/'))
  .sort()
  .map((file) => ({ file, source: readFileSync(join(CONTENT, file), 'utf8') }));

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const NUMBER = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

/** "3" → 3, "three" → 3. */
function numberOf(token: string): number {
  return NUMBER_WORDS[token.toLowerCase()] ?? Number(token);
}

/** Markdown reduced to the words a reader sees: links to their text, emphasis marks and line-end backslashes gone. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*)/g, '')
    .replace(/\\$/gm, '');
}

/** Every statement of a page, frontmatter included: lines, split again after end punctuation. */
function statements(source: string): string[] {
  return plain(source)
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[.!?]["”)]?)\s+(?=["“(]?[A-Z0-9])/))
    .filter((s) => s.trim() !== '');
}

/** Every statement of the guide, with its file. */
const allStatements = pages.flatMap(({ file, source }) => statements(source).map((text) => ({ file, text })));

/** The callouts of the guide: title and body, as written. */
const callouts = pages.flatMap(({ file, source }) =>
  [...source.matchAll(/<Callout[^>]*\stitle="([^"]*)"[^>]*>\r?\n([\s\S]*?)\r?\n<\/Callout>/g)].map((m) => ({
    file,
    title: m[1] ?? '',
    body: m[2] ?? '',
  })),
);

/** What the reader of a sample message reads: the subject line's text (without "Subject:"), the body and sign-off. */
function messageText(body: string): string {
  return plain(body).replace(/^Subject:\s*/m, '');
}

describe('the question bank size', () => {
  const claims = allStatements
    .filter(({ file, text }) => file === 'question-bank.mdx' || /question bank/i.test(text))
    .flatMap(({ file, text }) =>
      [...text.matchAll(/(\d+) questions\b/g)].map((m) => ({ file, text, stated: Number(m[1]) })),
    );

  it('is stated on the bank page and where other pages point to it', () => {
    expect(claims.length).toBeGreaterThanOrEqual(3);
  });

  for (const { file, text, stated } of claims) {
    it(`${file}: "${text.trim()}" matches the ${QUESTION_BANK.length} questions of the bank`, () => {
      expect(stated).toBe(QUESTION_BANK.length);
    });
  }
});

describe('word and character counts printed on samples', () => {
  const counted = callouts.flatMap((c) => {
    const words = /\((\d+) words\)/.exec(c.title);
    const characters = /\((\d+) characters\)/.exec(c.title);
    return [
      ...(words ? [{ ...c, unit: 'words' as const, stated: Number(words[1]) }] : []),
      ...(characters ? [{ ...c, unit: 'characters' as const, stated: Number(characters[1]) }] : []),
    ];
  });

  it('finds the samples that print a count', () => {
    expect(counted.filter((c) => c.unit === 'words').length).toBeGreaterThanOrEqual(6);
    expect(counted.filter((c) => c.unit === 'characters').length).toBeGreaterThanOrEqual(2);
  });

  for (const { file, title, body, unit, stated } of counted) {
    it(`${file}: "${title}" has the ${unit} it says`, () => {
      const text = messageText(body);
      // Words: the site's own counter (the one the pitch builder and outreach worksheet show).
      // Characters: what LinkedIn counts in a connection note, with the lines joined by spaces.
      const actual =
        unit === 'words'
          ? countWords(text)
          : [
              ...text
                .split(/\r?\n/)
                .map((l) => l.trim())
                .filter(Boolean)
                .join(' '),
            ].length;
      expect(actual).toBe(stated);
    });
  }
});

describe('thank-you days', () => {
  /** How the pages and the tracker say when a thank-you is due. */
  const dueWords = (days: number) => (days === 1 ? 'next weekday' : `${days} weekdays`);

  const ranges = allStatements.flatMap(({ file, text }) => {
    const m = new RegExp(`within ${NUMBER} to ${NUMBER} days`, 'i').exec(text);
    return m && /thank/i.test(text) ? [{ file, text, low: numberOf(m[1] ?? ''), high: numberOf(m[2] ?? '') }] : [];
  });

  it('are stated as a range on the follow-up pages', () => {
    expect(ranges.length).toBeGreaterThanOrEqual(3);
  });

  for (const { file, text, low, high } of ranges) {
    it(`${file}: "${text.trim()}" includes the day the tracker marks the thank-you due`, () => {
      expect(THANK_YOU_BUSINESS_DAYS).toBeGreaterThanOrEqual(low);
      expect(THANK_YOU_BUSINESS_DAYS).toBeLessThanOrEqual(high);
    });
  }

  it("match the tracker's own hint", () => {
    const hint = DATE_FIELDS.find((f) => f.key === 'metAt')?.hint ?? '';
    expect(hint).toContain(dueWords(THANK_YOU_BUSINESS_DAYS));
  });

  const trackerSentences = allStatements.filter(
    ({ text }) => /tracker/i.test(text) && /thank/i.test(text) && /\bdue\b/i.test(text),
  );
  it('are described the way the tracker counts them', () => {
    expect(trackerSentences.length).toBeGreaterThanOrEqual(2);
    for (const { file, text } of trackerSentences) expect(text, file).toContain(dueWords(THANK_YOU_BUSINESS_DAYS));
  });
});

describe('the 3B7 days', () => {
  const claims = allStatements.flatMap(({ file, text }) =>
    [...text.matchAll(new RegExp(`${NUMBER} business days?`, 'gi'))].flatMap((m) => {
      const days = numberOf(m[1] ?? '');
      if (/second person/i.test(text)) return [{ file, text, days, expected: SECOND_PERSON_AFTER }];
      if (/follow-?up/i.test(text)) return [{ file, text, days, expected: FOLLOW_UP_AFTER }];
      return [];
    }),
  );

  it('are stated on several pages', () => {
    expect(claims.length).toBeGreaterThanOrEqual(6);
  });

  for (const { file, text, days, expected } of claims) {
    it(`${file}: "${text.trim()}" matches the tracker's 3B7 rule`, () => {
      expect(days).toBe(expected);
    });
  }
});

describe('word budgets', () => {
  const pitch = allStatements.flatMap(({ file, text }) => {
    const m = /(\d+) to (\d+) words\b(?! a minute)/.exec(text);
    return m && /pitch|30 seconds|30-second/i.test(text) ? [{ file, text, low: Number(m[1]), high: Number(m[2]) }] : [];
  });
  const rates = allStatements.flatMap(({ file, text }) => {
    const m = /(\d+) to (\d+) words a minute/.exec(text);
    return m && /this guide/i.test(text) ? [{ file, text, low: Number(m[1]), high: Number(m[2]) }] : [];
  });
  const outreach = allStatements.flatMap(({ file, text }) =>
    [...text.matchAll(/under (\d+) words/g)].map((m) => ({ file, text, stated: Number(m[1]) })),
  );

  it('are stated where the guide teaches them', () => {
    expect(pitch.length).toBeGreaterThanOrEqual(3);
    expect(rates.length).toBeGreaterThanOrEqual(2);
    expect(outreach.length).toBeGreaterThanOrEqual(3);
  });

  for (const { file, text, low, high } of pitch) {
    it(`${file}: "${text.trim()}" matches the pitch builder's budget`, () => {
      expect([low, high]).toEqual([TARGET.min, TARGET.max]);
    });
  }
  for (const { file, text, low, high } of rates) {
    it(`${file}: "${text.trim()}" matches the pitch builder's speaking rates`, () => {
      expect([low, high]).toEqual([SLOW_WPM, FAST_WPM]);
    });
  }
  for (const { file, text, stated } of outreach) {
    it(`${file}: "${text.trim()}" matches the outreach worksheet's limits`, () => {
      expect([WORD_LIMIT, WORD_GOAL]).toContain(stated);
    });
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdx } from 'alex';
import { describe, expect, it } from 'vitest';
import { countProse, extractProse, gradeOf, splitSentences, stripFrontmatter, stripHeadingIds, wordsOf } from './prose';

const CONTENT = join(import.meta.dirname, '../../content');
const MAX_PAGE_GRADE = 9;
const MAX_AVERAGE_GRADE = 8;

/**
 * Words alex may flag that are correct in context. Keep this empty if at all possible:
 * reword the page instead. Each entry needs a comment saying why it stays.
 */
const ALEX_ALLOW: string[] = [
  // "alumni": the usual, gender-neutral name for a school's graduates (the alumni network, the alumni
  // association) and the word students and advisors search for. Pages use "graduate" or "alum" for one
  // person, never the gendered singulars "alumnus" and "alumna".
  'alumnae-alumni',
];

const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.split('\\').join('/'))
  .sort();
const pages = files.map((file) => ({ file: `content/${file}`, source: readFileSync(join(CONTENT, file), 'utf8') }));

describe('prose extraction', () => {
  it('strips the frontmatter', () => {
    const source = '---\ntitle: Hello there\nsummary: A summary\n---\n\nBody text.\n';
    expect(stripFrontmatter(source).trim()).toBe('Body text.');
    expect(extractProse(source)).toBe('Body text.');
  });

  it('strips heading ids and keeps the heading as its own sentence', () => {
    const prose = extractProse('## Common mistakes {#common-mistakes}\n\nDo not rush.\n');
    expect(prose).toBe('Common mistakes\nDo not rush.');
    expect(stripHeadingIds('### Hi {#hi-there}\nnext')).toBe('### Hi\nnext');
  });

  it('drops JSX tags and comments but keeps callout text and titles', () => {
    const source = [
      '<StepList />',
      '',
      '{/* worksheet: goals */}',
      '',
      '<Callout type="example" title="Sample email to an alumnus">',
      'Dear Ana, I am a student.',
      '</Callout>',
    ].join('\n');
    const prose = extractProse(source);
    expect(prose).toBe('Sample email to an alumnus\nDear Ana, I am a student.');
    expect(prose).not.toMatch(/[<>{}]/);
  });

  it('keeps link text, drops URLs and Markdown marks', () => {
    const prose = extractProse(
      'Read **the [pitch page](/steps/elevator-pitch/#word-budget)** and `this` at https://example.org now.',
    );
    expect(prose).toBe('Read the pitch page and this at now.');
  });

  it('counts list items, headings and table cells as sentences', () => {
    const prose = extractProse('## Lists {#lists}\n\n- one item\n- two item\n\n| A | B |\n| --- | --- |\n| c | d |\n');
    expect(splitSentences(prose)).toEqual(['Lists', 'one item', 'two item', 'A', 'B', 'c', 'd']);
  });

  it('splits sentences at end punctuation but not inside numbers', () => {
    expect(splitSentences('About 63.4% of people agree. Do you? Yes!')).toEqual([
      'About 63.4% of people agree.',
      'Do you?',
      'Yes!',
    ]);
    expect(splitSentences('1. Reaching out')).toEqual(['1. Reaching out']);
    expect(extractProse('With thanks,\\\nLin Wei')).toBe('With thanks, Lin Wei');
    expect(wordsOf('present → past — future')).toEqual(['present', 'past', 'future']);
    expect(countProse('The cat sat.')).toEqual({ sentence: 1, word: 3, syllable: 3 });
  });
});

describe('readability of every guide page', () => {
  const grades = pages.map(({ file, source }) => ({ file, grade: gradeOf(source) }));

  it('finds the guide pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(18);
  });

  for (const { file, grade } of grades) {
    it(`${file} has a Flesch–Kincaid grade of ${MAX_PAGE_GRADE} or lower`, () => {
      expect(Number.isFinite(grade), `${file}: no prose found to measure`).toBe(true);
      expect(grade, `${file}: Flesch–Kincaid grade ${grade.toFixed(2)} is above ${MAX_PAGE_GRADE}`).toBeLessThanOrEqual(
        MAX_PAGE_GRADE,
      );
    });
  }

  it(`has an average Flesch–Kincaid grade of ${MAX_AVERAGE_GRADE} or lower`, () => {
    const average = grades.reduce((sum, g) => sum + g.grade, 0) / grades.length;
    if (process.env.READABILITY_REPORT) {
      for (const g of grades) console.log(`${g.grade.toFixed(2).padStart(6)}  ${g.file}`);
      console.log(`${average.toFixed(2).padStart(6)}  average`);
    }
    const worst = [...grades].sort((a, b) => b.grade - a.grade).slice(0, 3);
    const hint = worst.map((g) => `${g.file} (${g.grade.toFixed(2)})`).join(', ');
    expect(
      average,
      `average grade ${average.toFixed(2)} is above ${MAX_AVERAGE_GRADE}; hardest: ${hint}`,
    ).toBeLessThanOrEqual(MAX_AVERAGE_GRADE);
  });
});

describe('alex finds no insensitive or inconsiderate wording', () => {
  for (const { file, source } of pages) {
    it(file, () => {
      // Heading ids ({#id}) are a Markdown extension the site's processor understands but plain MDX does not.
      const result = mdx(stripHeadingIds(source), ALEX_ALLOW);
      const messages = result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.reason} (${m.ruleId})`);
      expect(messages, messages.join('\n')).toEqual([]);
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BANK_THEMES,
  bankQuestion,
  QUESTION_BANK,
  questionsOfTheme,
  REFERRAL_QUESTION,
  SAMPLE_SET,
} from './question-bank';

const PAGE = readFileSync(new URL('../../content/question-bank.mdx', import.meta.url), 'utf8');

/** The bullet questions under each "## … {#anchor}" heading of the bank page, links reduced to their text. */
function pageQuestions(): Map<string, Array<{ text: string; when: string }>> {
  const sections = new Map<string, Array<{ text: string; when: string }>>();
  let current = '';
  for (const line of PAGE.split('\n')) {
    const heading = /^## .*\{#([a-z-]+)\}$/.exec(line);
    if (heading) {
      current = heading[1] ?? '';
      sections.set(current, []);
      continue;
    }
    const item = /^- \*\*(.+?)\*\* (.+)$/.exec(line);
    if (item && current) {
      const when = (item[2] ?? '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
      sections.get(current)?.push({ text: item[1] ?? '', when });
    }
  }
  return sections;
}

describe('question bank', () => {
  it('holds every question of the bank page, word for word, under the same theme and in the same order', () => {
    const page = pageQuestions();
    for (const { theme, anchor, title } of BANK_THEMES) {
      expect(PAGE).toContain(`## ${title} {#${anchor}}`);
      const ours = questionsOfTheme(theme).map((q) => q.text);
      expect(ours, theme).toEqual(page.get(anchor)?.map((q) => q.text));
    }
    expect(QUESTION_BANK).toHaveLength(33);
  });

  it('gives every question a unique id that is valid in a saved workbook', () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
  });

  it('leaves out the questions to avoid', () => {
    expect(QUESTION_BANK.some((q) => /hiring|earn/i.test(q.text))).toBe(false);
  });

  it('finds questions by id, and knows the referral question and the sample set', () => {
    expect(bankQuestion('typical-day')?.theme).toBe('assignments');
    expect(bankQuestion('nope')).toBeUndefined();
    expect(REFERRAL_QUESTION.text).toBe('Who else do you think I should talk to?');
    expect(REFERRAL_QUESTION.theme).toBe('resources');
    const sample = /## A sample set[\s\S]*?\n\n((?:\d\. .+\n)+)/.exec(PAGE)?.[1] ?? '';
    const sampleTexts = sample
      .trim()
      .split('\n')
      .map((l) => l.replace(/^\d\. /, ''));
    expect(SAMPLE_SET.map((id) => bankQuestion(id)?.text)).toEqual(sampleTexts);
  });
});

// The guide's question bank (content/question-bank.mdx) as data, for the interview preparation
// worksheet and the conversation card. A unit test keeps it word for word in step with the page.
import type { QuestionTheme } from '../workbook/model';
import { MENTION_NAME, WHO_ELSE } from './shared/closing-questions';

/** A theme of the bank; "own" is only for the student's own questions. */
export type BankTheme = Exclude<QuestionTheme, 'own'>;

/** One question of the bank, with a stable id (it names the question in saved preparations). */
export interface BankQuestion {
  id: string;
  theme: BankTheme;
  text: string;
}

/** The themes in the order the bank lists them, with the bank page's heading and anchor. */
export const BANK_THEMES: ReadonlyArray<{ theme: BankTheme; title: string; anchor: string }> = [
  { theme: 'trends', title: 'Trends: where the field is going', anchor: 'trends' },
  { theme: 'insights', title: 'Insights: what people know from the inside', anchor: 'insights' },
  { theme: 'advice', title: 'Advice: what they would do in your place', anchor: 'advice' },
  {
    theme: 'resources',
    title: 'Resources and referrals: who and what to look at next',
    anchor: 'resources-and-referrals',
  },
  { theme: 'assignments', title: 'What the work is like: day to day', anchor: 'what-the-work-is-like' },
];

/** [id, text] for each question of one theme. */
type Row = readonly [id: string, text: string];

const ROWS: Readonly<Record<BankTheme, readonly Row[]>> = {
  trends: [
    ['field-changed', 'How has your field changed since you started?'],
    ['next-five-years', 'What changes do you expect in the next five years?'],
    ['technology', 'How is new technology changing your work?'],
    ['skills-now', 'Which skills matter more now than they did a few years ago?'],
    ['big-problems', 'What big problems is your field trying to solve right now?'],
    ['interesting-orgs', 'Which organizations are doing interesting work in this area?'],
  ],
  insights: [
    ['got-into', 'How did you get into this work?'],
    ['surprised', 'What surprised you most when you started?'],
    ['outsiders-wrong', 'What do people outside the field often get wrong about it?'],
    ['do-well', 'What makes someone do well in this role?'],
    ['culture', 'What is the culture like where you work?'],
    ['hardest-part', 'What is the hardest part of your job?'],
    ['wish-known', 'What do you wish you had known when you were a student?'],
  ],
  advice: [
    ['in-my-position', 'If you were in my position, what would you do next?'],
    ['classes-skills', 'Which classes, skills or experiences would help me most?'],
    ['how-start', 'How do people usually start in this field?'],
    ['newcomer-mistakes', 'What mistakes do newcomers often make?'],
    ['grad-school', 'Is graduate school worth it in this field, or is experience better?'],
    ['stand-out', 'What would make a student stand out when applying in this field?'],
    ['suit-me', "Based on what I've told you, which part of this field might suit me?"],
  ],
  resources: [
    ['who-else', WHO_ELSE],
    ['mention-name', MENTION_NAME],
    ['groups', 'Which professional groups or associations are worth joining?'],
    ['follow-media', 'What websites, newsletters or podcasts do you follow?'],
    ['events', 'Are there events coming up that a student could attend?'],
    ['jobs-posted', 'Where do jobs in this field usually get posted?'],
  ],
  assignments: [
    ['typical-day', 'What does a typical day or week look like for you?'],
    ['most-time', 'Which tasks take up most of your time?'],
    ['work-with', 'Who do you work with most, inside and outside your team?'],
    ['first-year', 'What does someone in their first year in this role usually do?'],
    ['good-job', 'How do you know when you have done a good job?'],
    ['enjoy-most', 'What parts of your work do you enjoy most?'],
    ['hours-location', 'How much choice do people have about hours or location?'],
  ],
};

/** Every question of the bank, theme by theme, in the bank page's order. */
export const QUESTION_BANK: readonly BankQuestion[] = BANK_THEMES.flatMap(({ theme }) =>
  ROWS[theme].map(([id, text]) => ({ id, theme, text })),
);

/** The questions of one theme, in order. */
export function questionsOfTheme(theme: BankTheme): BankQuestion[] {
  return QUESTION_BANK.filter((q) => q.theme === theme);
}

/** The bank question with this id, if there is one. */
export function bankQuestion(id: string): BankQuestion | undefined {
  return QUESTION_BANK.find((q) => q.id === id);
}

/** The referral question that closes every conversation. */
export const REFERRAL_QUESTION: BankQuestion = bankQuestion('who-else') as BankQuestion;

/** The balanced sample set of six from the bank page, in order. */
export const SAMPLE_SET: readonly string[] = [
  'got-into',
  'typical-day',
  'field-changed',
  'surprised',
  'in-my-position',
  'who-else',
];

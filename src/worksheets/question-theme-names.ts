// The short names of the question themes, apart from the question bank, so that a page that only
// shows chosen questions (My workbook, the person page) does not load the whole bank.
import type { QuestionTheme } from '../workbook/model';

/** Short names of the themes, for lists of chosen questions. */
export const BANK_THEME_NAMES: Readonly<Record<QuestionTheme, string>> = {
  trends: 'Trends',
  insights: 'Insights',
  advice: 'Advice',
  resources: 'Resources and referrals',
  assignments: 'What the work is like',
  own: 'Your own question',
};

// Why each check of the outreach email is there, in plain words: shown when the student opens a
// check's "Why this matters", and fetched then (most students never open one).
import type { CheckId } from './email';

/** Why each check is there, shown when the student asks. */
export const CHECK_REASONS: Readonly<Record<CheckId, string>> = {
  length:
    'Busy people read short messages to the end. “The 2-Hour Job Search” advises under 100 words, and under 75 is better still. The count includes the greeting, the sign-off and your name.',
  connection:
    'Something you share (a school, a club, a person who suggested you write) makes a stranger far more likely to reply. Put it first, before who you are.',
  'no-job':
    'Asking for a job or an internship puts the person on the spot, and many do not reply. Asking for advice is easy to say yes to, and openings often come up later. Asking about their own job or internship is fine.',
  question: 'A question is easy to answer with a yes, and it leaves the choice to them.',
  'about-them':
    'People reply more to messages about them and their work. The check counts “you” and “your” against “I”, “my” and “me”: as many or more about them passes.',
  subject:
    'The subject line decides whether the email is opened. Say in a few words who you are and why you are writing.',
};

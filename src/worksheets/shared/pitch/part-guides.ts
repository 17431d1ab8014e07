// The words that guide each part of the pitch. The step 4 frame draws them and hands them to the
// pitch builder as props, so no island carries them in its code.
import type { PartKey } from './parts';

/** One guided part: its label and the hint under it. */
export interface PartGuide {
  key: PartKey;
  label: string;
  hint: string;
}

/** Labels and hints of the guided parts (present, past, future, then the question that ends the pitch). */
export const PARTS: readonly PartGuide[] = [
  {
    key: 'now',
    label: 'Who you are now',
    hint: 'Your name, your year and field of study, or your current job. For example: “Hi, I’m Tomás. I’m a senior in environmental science.”',
  },
  {
    key: 'past',
    label: 'What you have done',
    hint: 'One or two things that matter to this listener: a class project, a job, volunteer work or something you taught yourself.',
  },
  {
    key: 'future',
    label: 'What you are looking for',
    hint: 'What you want to learn or do next. Start from the goal you chose in step 3.',
  },
  {
    key: 'ask',
    label: 'Your ask',
    hint: 'End with a question that invites the other person to talk. For example: “How did you get started in this work?”',
  },
];

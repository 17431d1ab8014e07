// The words of a rating (low, medium, high), apart from the rest of the priorities so that a page
// that only shows ratings (the shared summary) loads no more than these.
import type { Rating } from '../../../workbook/model';

/** The two ratings of a person. */
export type RatingKey = 'relevance' | 'motivation';

/** The question asked for each rating. */
export const RATING_QUESTIONS: Readonly<Record<RatingKey, string>> = {
  relevance: 'How relevant to your goals?',
  motivation: 'How much do you want to talk to them?',
};

/** The ratings a student can choose, with their words. */
export const RATING_CHOICES: ReadonlyArray<{ value: Exclude<Rating, 0>; label: string }> = [
  { value: 1, label: 'Low' },
  { value: 2, label: 'Medium' },
  { value: 3, label: 'High' },
];

/** Words for a rating ("Not rated yet" for 0). */
export function ratingWord(value: Rating): string {
  return RATING_CHOICES.find((c) => c.value === value)?.label ?? 'Not rated yet';
}

// The LinkedIn versions of the thank-you (loaded with the LinkedIn part, when first opened).
import type { ThankYou } from '../../workbook/model';
import { type ConnectionNote, fitNote, linkedInGreeting } from '../shared/linkedin';
import { bodyOf, CLOSING, type ThankYouPart } from './compose';

/** A short thanks for a connection note when the student wrote none. */
export const SHORT_THANKS = 'Thank you for your time and advice.';

/** The LinkedIn connection note: "Hi Sam," and the thanks, with what was learned and the plan while they fit. */
export function thankYouNote(name: string, parts: Pick<ThankYou, ThankYouPart>, limit: number): ConnectionNote {
  const note = [
    { label: 'Your thanks', text: parts.thanks.trim() || SHORT_THANKS, needed: true },
    { label: 'One specific thing you learned', text: parts.learned },
    { label: 'What you will do with it', text: parts.action },
  ];
  return fitNote(linkedInGreeting(name), note, [1, 2], limit);
}

/** The LinkedIn message: the thank-you after "Hi Sam,", with the same parts and closing. */
export function thankYouLinkedInMessage(name: string, parts: Pick<ThankYou, ThankYouPart>): string {
  return [linkedInGreeting(name), '', ...bodyOf(parts), '', CLOSING].join('\n');
}

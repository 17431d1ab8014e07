// The LinkedIn versions of the thank-you (loaded with the LinkedIn part, when first opened).
import type { ThankYou } from '../../workbook/model';
import { linkedInClosing, linkedInGreeting, noteClosing, type Signer } from '../shared/about-you/signature';
import { type ConnectionNote, fitNote } from '../shared/linkedin';
import { bodyOf, type ThankYouPart } from './compose';

/** A short thanks for a connection note when the student wrote none. */
export const SHORT_THANKS = 'Thank you for your time and advice.';

/** The LinkedIn connection note: "Hello Sam," and the thanks, with what was learned and the plan while they fit, signed. */
export function thankYouNote(
  name: string,
  parts: Pick<ThankYou, ThankYouPart>,
  limit: number,
  signer: Signer,
): ConnectionNote {
  const note = [
    { label: 'Your thanks', text: parts.thanks.trim() || SHORT_THANKS, needed: true },
    { label: 'One specific thing you learned', text: parts.learned },
    { label: 'What you will do with it', text: parts.action },
  ];
  return fitNote(linkedInGreeting(signer, name), note, [1, 2], limit, noteClosing(signer));
}

/** The LinkedIn message: the thank-you after "Hello Sam,", with the same parts, the sign-off and first name. */
export function thankYouLinkedInMessage(name: string, parts: Pick<ThankYou, ThankYouPart>, signer: Signer): string {
  return [linkedInGreeting(signer, name), '', ...bodyOf(parts), '', linkedInClosing(signer)].join('\n');
}

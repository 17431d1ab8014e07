// The thank-you as it is sent: the greeting chosen in "About you", the three written parts, then the
// sign-off. Apart from the worksheet's rules (compose.ts), which re-exports it, so that a page that
// only shows a thank-you can load this alone.
import type { ThankYou } from '../../workbook/model';
import { emailClosing, emailGreeting, type Signer } from '../shared/about-you/signature';

/** The three parts the student writes. */
export type ThankYouPart = 'thanks' | 'learned' | 'action';

/** The thanks used when the student leaves that part empty. */
export const DEFAULT_THANKS = 'Thank you for taking the time to talk with me.';

/**
 * The message from its parts: the greeting chosen in "About you" ("Hello Sam Lee,"), the thanks,
 * what was learned, what the student will do, then the sign-off with the student's name under it.
 */
export function composeThankYou(name: string, parts: Pick<ThankYou, ThankYouPart>, signer: Signer): string {
  return [emailGreeting(signer, name), '', ...bodyOf(parts), '', emailClosing(signer)].join('\n');
}

/** The written parts in order, with the plain thanks when the student left theirs empty. */
export function bodyOf(parts: Pick<ThankYou, ThankYouPart>): string[] {
  return [parts.thanks.trim() || DEFAULT_THANKS, parts.learned.trim(), parts.action.trim()].filter(Boolean);
}

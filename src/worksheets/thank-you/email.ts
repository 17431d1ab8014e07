// What the message section needs beyond the message itself: the subject, the check
// before sending and the email link. Apart from the worksheet's rules (compose.ts, which re-exports
// it), so that the message island loads no dates or menu order.
import { personName, say } from '../../lib/sentence';
import type { ThankYou } from '../../workbook/model';
import type { ThankYouPart } from './message';

/** The subject line of every thank-you email. */
export const THANK_YOU_SUBJECT = 'Thank you for your time and advice';

/** Why the message is not ready to send, in words; undefined when it is. */
export function messageProblem(parts: Pick<ThankYou, ThankYouPart>): string | undefined {
  if (!parts.learned.trim()) return 'Write one specific thing you learned. It is what makes a thank-you personal.';
  return undefined;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

/** True for something that looks like one email address. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/**
 * A mailto: link with the subject and body encoded (RFC 6068: line breaks as %0D%0A).
 * Without a usable address the link still opens a new message, with no one in "To".
 */
export function mailtoHref(email: string, subject: string, body: string): string {
  const to = isEmail(email) ? encodeURIComponent(email.trim()).replaceAll('%40', '@') : '';
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** What the "open in email" link needs to tell the student about the address; undefined when fine. */
export function emailNote(name: string, email: string): string | undefined {
  const who = personName(name) || 'this person';
  if (!email.trim()) {
    return say`There is no email address for ${who} in your tracker. Your email app will open without one: add it there.`;
  }
  if (!isEmail(email)) {
    return say`The email address for ${who}, “${email}”, looks incomplete, so your email app will open without it.`;
  }
  return undefined;
}

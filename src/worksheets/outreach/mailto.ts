// mailto: links (RFC 6068) that open the student's own mail app with the message filled in.
import { FORMAT_MESSAGES, isEmail } from '../../workbook/formats';

/** Past this length some mail apps cut the link off; the worksheet then suggests copying instead. */
export const MAILTO_SAFE_LENGTH = 2000;

/** Replaces lone UTF-16 surrogates (half an emoji, cut by a length limit) so the text can be encoded. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Percent-encodes text for a mailto query: UTF-8, spaces as %20, line breaks as %0D%0A, and !'()* too. */
export function encodeMailtoText(text: string): string {
  return encodeURIComponent(wellFormed(text).replace(/\r\n|\r|\n/g, '\r\n')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Checks a typed email address; returns a message in words, or undefined when it is fine or empty. */
export function emailProblem(address: string): string | undefined {
  const value = address.trim();
  if (!value) return undefined;
  if (!isEmail(value)) return FORMAT_MESSAGES.email;
  return undefined;
}

/**
 * A mailto: link with the address, subject and body. An empty or invalid address gives an empty
 * "To" line, so the mail app still opens with the message and the student adds the address there.
 */
export function mailtoHref(to: string, subject: string, body: string): string {
  const address = emailProblem(to) ? '' : to.trim();
  const encodedTo = encodeMailtoText(address).replace(/%40/g, '@');
  const query = [
    subject.trim() ? `subject=${encodeMailtoText(subject.trim())}` : '',
    body ? `body=${encodeMailtoText(body)}` : '',
  ].filter(Boolean);
  return `mailto:${encodedTo}${query.length ? `?${query.join('&')}` : ''}`;
}

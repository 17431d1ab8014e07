// The LinkedIn versions of the outreach email (loaded with the LinkedIn part, when first opened).
import type { Outreach } from '../../workbook/model';
import { linkedInClosing, linkedInGreeting, noteClosing, type Signer } from '../shared/about-you/signature';
import { type ConnectionNote, fitNote } from '../shared/linkedin';
import { type PartKey, paragraphs } from './email';

/**
 * The LinkedIn connection note: "Hello Sam," then the connection and the request, with who you are
 * and why them while they fit within `limit` characters (in the email's order), signed "Best wishes, Ana".
 */
export function outreachNote(
  name: string,
  text: Pick<Outreach, PartKey>,
  limit: number,
  signer: Signer,
): ConnectionNote {
  const parts = [
    { label: 'How you are connected', text: text.connection, needed: true },
    { label: 'Who you are', text: text.aboutMe },
    { label: 'Why you are writing to them', text: text.whyThem },
    { label: 'Your request', text: text.ask, needed: true },
  ];
  return fitNote(linkedInGreeting(signer, name), parts, [1, 2], limit, noteClosing(signer));
}

/** The LinkedIn message once connected: the email's paragraphs after "Hello Sam,", without a subject line. */
export function outreachLinkedInMessage(name: string, text: Pick<Outreach, PartKey>, signer: Signer): string {
  const body = paragraphs(text);
  if (!body.length) return '';
  return [linkedInGreeting(signer, name), ...body, linkedInClosing(signer)].join('\n\n');
}

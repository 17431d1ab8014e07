// The LinkedIn versions of the outreach email (loaded with the LinkedIn part, when first opened).
import type { Outreach } from '../../workbook/model';
import { type ConnectionNote, fitNote, linkedInGreeting } from '../shared/linkedin';
import { type PartKey, paragraphs } from './email';

/**
 * The LinkedIn connection note: "Hi Sam," then the connection and the request, with who you are
 * and why them while they fit within `limit` characters (in the email's order).
 */
export function outreachNote(name: string, text: Pick<Outreach, PartKey>, limit: number): ConnectionNote {
  const parts = [
    { label: 'How you are connected', text: text.connection, needed: true },
    { label: 'Who you are', text: text.aboutMe },
    { label: 'Why you are writing to them', text: text.whyThem },
    { label: 'Your request', text: text.ask, needed: true },
  ];
  return fitNote(linkedInGreeting(name), parts, [1, 2], limit);
}

/** The LinkedIn message once connected: the email's paragraphs after "Hi Sam,", without a subject line. */
export function outreachLinkedInMessage(name: string, text: Pick<Outreach, PartKey>): string {
  const body = paragraphs(text);
  if (!body.length) return '';
  return [linkedInGreeting(name), ...body, 'Thank you,'].join('\n\n');
}

// The outreach message as it is sent: its written parts in three short paragraphs, between the
// greeting and the sign-off chosen in "About you". Apart from the checks (email.ts), which re-exports
// it, so that a page that only shows a message can load this alone.
import type { Outreach } from '../../workbook/model';
import { emailClosing, emailGreeting, type Signer } from '../shared/about-you/signature';

/** The written parts of a message, in the order the email says them. */
export type PartKey = 'connection' | 'aboutMe' | 'whyThem' | 'question' | 'ask';

/** The parts and the subject line of a draft. */
export type MessageText = Pick<Outreach, PartKey | 'subject'>;

/** The written parts in the order the worksheet asks for them (their labels are in parts.ts). */
export const PART_KEYS: readonly PartKey[] = ['connection', 'aboutMe', 'whyThem', 'question', 'ask'];

/** True when the student has written any part or the subject. */
export function hasText(text: MessageText): boolean {
  return [text.subject, ...PART_KEYS.map((k) => text[k])].some((t) => t.trim() !== '');
}

/** The parts joined into paragraphs: connection and who you are; why them and what you hope to learn; the request. */
export function paragraphs(text: Pick<Outreach, PartKey>): string[] {
  const groups: PartKey[][] = [['connection', 'aboutMe'], ['whyThem', 'question'], ['ask']];
  return groups
    .map((keys) =>
      keys
        .map((k) => text[k].trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
}

/**
 * The body of the email: the greeting chosen in "About you" with the person's name ("Hello Sam Lee,"),
 * the parts in three short paragraphs, then the sign-off with the student's name under it.
 */
export function composeBody(name: string, text: Pick<Outreach, PartKey>, signer: Signer): string {
  const body = paragraphs(text);
  if (!body.length) return '';
  return [emailGreeting(signer, name), ...body, emailClosing(signer)].join('\n\n');
}

// Whom the student's messages are from: their name as they sign, from "About you". Its own small
// file, since the "About you" line of every worksheet needs only this.
import { isTitle, personName } from '../../../lib/sentence';
import type { Profile } from '../../../workbook/model';

/** The student's name as they sign: first and last name, each read as a name ('' when neither is filled in). */
export function senderName(signer: Pick<Profile, 'firstName' | 'lastName'>): string {
  return [personName(signer.firstName), personName(signer.lastName)].filter(Boolean).join(' ');
}

/** The first name the student signs short messages with: the whole name when there is no first name, or only a title. */
export function senderFirstName(signer: Pick<Profile, 'firstName' | 'lastName'>): string {
  const first = personName(signer.firstName);
  return first && !isTitle(first) ? first : senderName(signer);
}

// The rules for what a student types in "About you": an email address and a LinkedIn address are
// checked, in words, but always kept as typed (nothing typed is ever lost; a message says what
// looks wrong). Only a LinkedIn address that reads as one is put under the student's name.
import { FORMAT_MESSAGES, isEmail } from '../../../workbook/formats';

/** The message for a LinkedIn address that does not read as one. */
export const LINKEDIN_MESSAGE =
  'Enter the address of your LinkedIn profile, like https://www.linkedin.com/in/your-name, or leave it empty.';

// linkedin.com or one of its country sites (uk.linkedin.com), then /in/ (or the older /pub/) and the profile's name.
const LINKEDIN =
  /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(?:in|pub)\/[^\s/?#]+(?:\/[^\s?#]*)?(?:[?#]\S*)?$/iu;

/**
 * The LinkedIn profile address to print, from what was typed: with https:// in front when it was
 * left out, and without spaces around it; '' when nothing was typed or it is not a LinkedIn profile.
 */
export function linkedInUrl(typed: string): string {
  const text = typed.trim();
  if (!LINKEDIN.test(text)) return '';
  return /^https?:\/\//iu.test(text) ? text : `https://${text}`;
}

/** The fields of "About you" that have a format. */
export type CheckedField = 'email' | 'linkedIn';

/** What is wrong with a field's text, in words; undefined when it is fine or empty. */
export function profileProblem(field: CheckedField, typed: string): string | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  if (field === 'email') return isEmail(text) ? undefined : FORMAT_MESSAGES.email;
  return linkedInUrl(text) ? undefined : LINKEDIN_MESSAGE;
}

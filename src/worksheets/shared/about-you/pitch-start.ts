// The start of the pitch's first part ("Who you are now", step 4) from "About you": a suggestion the
// student edits, never written over what they typed.
import { personName, say } from '../../../lib/sentence';
import type { Profile } from '../../../workbook/model';
import { senderFirstName } from './sender';

/** "a" or "an" before a word, by how it sounds in most cases ("an environmental", "a university", "an 8th"). */
export function article(word: string): 'a' | 'an' {
  // "an" before a vowel sound: a vowel, a silent h or a number said with one, unless the vowel is said "you" or "wun".
  return /^(?!uni|use|usu|eu|one|once)(?:[aeiou]|hour|honou?r|8|11|18)/iu.test(word) ? 'an' : 'a';
}

/** Words that already name the student, so "student" is not added after them. */
const STUDENT = /\b(?:student|undergraduate|graduate|postgraduate|freshman|sophomore|junior|senior|learner|pupil)$/iu;

/** What the student studies, in one sentence ('' when the profile says nothing of it). */
function studies(year: string, field: string, school: string): string {
  if (!year && !field && !school) return '';
  // The sentence so far, ended with the school when there is one.
  const at = (start: string) => (school ? say`${start} at ${school}.` : say`${start}.`);
  if (field && !year && !STUDENT.test(field)) return at(say`I study ${field}`);
  // "a PhD student in history", "a senior in environmental science"
  if (year && field && STUDENT.test(year)) return at(say`I’m ${article(year)} ${year} in ${field}`);
  const kind = [year, field].filter(Boolean).join(' ');
  const noun = STUDENT.test(kind) ? kind : [kind, 'student'].filter(Boolean).join(' ');
  return at(say`I’m ${article(noun)} ${noun}`);
}

/**
 * The present part of the pitch from the profile: "Hi, I’m Ana. I’m a second-year design student
 * at Riverside College." Each sentence only when the profile has what it needs; '' when nothing.
 */
export function pitchStart(
  profile: Pick<Profile, 'firstName' | 'lastName' | 'year' | 'fieldOfStudy' | 'school'>,
): string {
  const name = senderFirstName(profile);
  const about = studies(personName(profile.year), personName(profile.fieldOfStudy), personName(profile.school));
  return [name ? say`Hi, I’m ${name}.` : '', about].filter(Boolean).join(' ');
}

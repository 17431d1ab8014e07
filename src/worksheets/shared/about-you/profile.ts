// "About you" in the workbook: saving what the student types, and the profile in words for My
// workbook and the Markdown export.
import { oneLine } from '../../../lib/sentence';
import type { Profile, Workbook } from '../../../workbook/model';
import { DEFAULT_SIGN_OFF, greetingOf } from './signature';

/** The fields the student types, in the order the form asks for them, with their labels. */
export const PROFILE_FIELDS: ReadonlyArray<readonly [key: Exclude<keyof Profile, 'greeting'>, label: string]> = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['school', 'School'],
  ['year', 'Year of study'],
  ['fieldOfStudy', 'Field of study'],
  ['email', 'Email address'],
  ['linkedIn', 'LinkedIn profile'],
  ['signOff', 'Sign-off'],
];

/** Saves part of the profile; the same workbook when nothing changes. */
export function setProfile(doc: Workbook, patch: Partial<Profile>): Workbook {
  const next = { ...doc.profile, ...patch };
  const same = (Object.keys(next) as Array<keyof Profile>).every((key) => next[key] === doc.profile[key]);
  return same ? doc : { ...doc, profile: next };
}

/** True when nothing is filled in or chosen. */
export function isProfileEmpty(profile: Profile): boolean {
  return Object.values(profile).every((text) => !text.trim());
}

/**
 * The profile as labelled lines, each as typed (one line), for My workbook and the export: the
 * fields filled in, then how messages start and end. None when nothing is filled in.
 */
export function profileLines(profile: Profile): Array<readonly [label: string, text: string]> {
  if (isProfileEmpty(profile)) return [];
  const typed = PROFILE_FIELDS.filter(([key]) => key !== 'signOff' && profile[key].trim()).map(
    ([key, label]) => [label, oneLine(profile[key])] as const,
  );
  return [...typed, ['Greeting', greetingOf(profile)], ['Sign-off', oneLine(profile.signOff) || DEFAULT_SIGN_OFF]];
}

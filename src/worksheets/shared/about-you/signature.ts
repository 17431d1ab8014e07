// How every message the worksheets write starts and ends (issue 13, item 8): one greeting and one
// sign-off, chosen once in "About you", and the student's name under the sign-off. With nothing
// filled in, messages read as before the profile existed: "Hello Sam Lee," ... "Best wishes,".
import { firstName, oneLine, personName, say } from '../../../lib/sentence';
import type { Profile } from '../../../workbook/model';
import { linkedInUrl } from './checks';
import { senderFirstName, senderName } from './sender';

/** The greetings a student can choose, the first being the one used until they choose. */
export const GREETINGS = ['Hello', 'Hi', 'Dear'] as const;
/** One of the greetings. */
export type Greeting = (typeof GREETINGS)[number];
/** The sign-off used until the student writes their own. */
export const DEFAULT_SIGN_OFF = 'Best wishes';

/** What a message needs from the profile: how it starts and ends, and whom it is from. */
export type Signer = Pick<Profile, 'firstName' | 'lastName' | 'greeting' | 'signOff' | 'linkedIn'>;

/** The greeting chosen (any case, with or without a comma), or "Hello" when none of the choices is. */
export function greetingOf(signer: Pick<Profile, 'greeting'>): Greeting {
  const typed = oneLine(signer.greeting)
    .replace(/[\s,;:.!]+$/u, '')
    .toLocaleLowerCase();
  return GREETINGS.find((g) => g.toLocaleLowerCase() === typed) ?? GREETINGS[0];
}

/** "Hello Sam Lee," with the greeting chosen; the greeting alone ("Hello,") when there is no name ("Dear," alone becomes "Hello,"). */
export function greetingLine(signer: Pick<Profile, 'greeting'>, name: string): string {
  const greeting = greetingOf(signer);
  if (name) return say`${greeting} ${name},`;
  return greeting === 'Dear' ? `${GREETINGS[0]},` : `${greeting},`;
}

/** The greeting of an email, with the person's whole name: "Hello Sam Lee,". */
export function emailGreeting(signer: Pick<Profile, 'greeting'>, name: string): string {
  return greetingLine(signer, personName(name));
}

/** The greeting of a LinkedIn note or message, with the person's first name: "Hello Sam,". */
export function linkedInGreeting(signer: Pick<Profile, 'greeting'>, name: string): string {
  return greetingLine(signer, firstName(name));
}

/** The sign-off as written under a message: "Best wishes," ("Thanks!" keeps its own mark). */
export function signOffLine(signer: Pick<Profile, 'signOff'>): string {
  const typed = oneLine(signer.signOff).replace(/[\s,;:.\-–—]+$/u, '');
  const words = typed || DEFAULT_SIGN_OFF;
  return /[!?…]$/u.test(words) ? words : `${words},`;
}

/** The end of an email: the sign-off, then the student's name and LinkedIn address on lines of their own. */
export function emailClosing(signer: Signer): string {
  return [signOffLine(signer), senderName(signer), linkedInUrl(signer.linkedIn)].filter(Boolean).join('\n');
}

/** The end of a LinkedIn message: the sign-off, then the student's first name on its own line. */
export function linkedInClosing(signer: Signer): string {
  return [signOffLine(signer), senderFirstName(signer)].filter(Boolean).join('\n');
}

/** The end of a connection note, on the same line: "Best wishes, Ana" ('' without a name, to save room). */
export function noteClosing(signer: Signer): string {
  const name = senderFirstName(signer);
  return name ? `${signOffLine(signer)} ${name}` : '';
}

// The hint under each audience of a new version and the name suggested for it. The step 4 frame
// hands them to the pitch builder as props, so its code does not carry them.
import type { PitchAudience } from '../../workbook/model';

/** A hint under each audience choice. */
export const AUDIENCE_HINTS: Readonly<Record<PitchAudience, string>> = {
  recruiter: 'At a career fair or employer event: what you can do.',
  alumnus: 'A graduate of your school: how you are connected.',
  'family-friend': 'Someone you know through family or friends: short and relaxed.',
  own: 'Any other listener you have in mind.',
};

/** The name suggested for a new version for each audience. */
export const SUGGESTED_NAMES: Readonly<Record<PitchAudience, string>> = {
  recruiter: 'Career fair',
  alumnus: 'Graduate of my school',
  'family-friend': 'Family friend',
  own: 'My pitch',
};

/** What the form of a new version says about each audience: its hint and the name it suggests. */
export interface AudienceWords {
  hints: Readonly<Record<PitchAudience, string>>;
  names: Readonly<Record<PitchAudience, string>>;
}

/** The hints and suggested names together, as the pitch builder takes them. */
export const AUDIENCE_WORDS: AudienceWords = { hints: AUDIENCE_HINTS, names: SUGGESTED_NAMES };

// The hint under each audience of a new version. The step 4 frame hands them to the pitch builder as
// props, so its code does not carry them.
import type { PitchAudience } from '../../workbook/model';

/** A hint under each audience choice. */
export const AUDIENCE_HINTS: Readonly<Record<PitchAudience, string>> = {
  recruiter: 'At a career fair or employer event: what you can do.',
  alumnus: 'A graduate of your school: how you are connected.',
  'family-friend': 'Someone you know through family or friends: short and relaxed.',
  own: 'Any other listener you have in mind.',
};

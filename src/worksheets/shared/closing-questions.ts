// The two questions that close every informational interview: who else to talk to, and whether
// the student may mention the person's name when they write. The question bank lists them with
// these words, and the conversation card ends with them, without loading the whole bank.

/** The referral question that closes every conversation. */
export const WHO_ELSE = 'Who else do you think I should talk to?';

/** Asked after the referral question. */
export const MENTION_NAME = 'May I mention your name when I contact them?';

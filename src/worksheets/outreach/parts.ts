// The five written parts of an outreach message: their labels and hints, in the order the email
// says them (the same order as PART_KEYS in message-body.ts), for the island where they are written.
import type { PartKey } from './message-body';

/** One part: its label, the hint under it, and whether it can be left out. */
export interface PartGuide {
  key: PartKey;
  label: string;
  hint: string;
  optional?: boolean;
}

/** Labels and hints of the parts, in the order they appear in the email. */
export const PARTS: readonly PartGuide[] = [
  {
    key: 'connection',
    label: 'How you are connected',
    hint: 'Start with this. For example: “We both studied graphic design at Riverside College.” or “Lena Park suggested I write to you.”',
  },
  {
    key: 'aboutMe',
    label: 'Who you are',
    hint: 'One short sentence. For example: “I am a second-year design student.”',
  },
  {
    key: 'whyThem',
    label: 'Why you are writing to them',
    hint: 'Something you know about their work. For example: “I admired the cover you designed for The River Road.”',
  },
  {
    key: 'question',
    label: 'What you hope to learn',
    hint: 'One thing you would like to ask about. For example: “I would love to hear how you moved from school into book design.”',
    optional: true,
  },
  {
    key: 'ask',
    label: 'Your request, as a question',
    hint: 'Ask for 20 to 30 minutes, in person, by phone or on a video call. For example: “Would you be open to a 20-minute call in the next few weeks?”',
  },
];

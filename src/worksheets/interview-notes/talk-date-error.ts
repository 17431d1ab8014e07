import { atom } from 'nanostores';

/**
 * What is wrong with the date of the talk: said by the date field (InterviewNotes.tsx) as it is
 * typed, or by saving the notes (InterviewNotesSteps.tsx), two islands of the same worksheet.
 */
export const $talkDateError = atom<string | undefined>(undefined);

// Outreach drafts, one per contact. What sending one does to the contact is in sent.ts, fetched
// when the student first marks a message as sent.

import type { Outreach, Workbook } from '../../workbook/model';
import { changeRecordFor, recordFor } from '../../workbook/person-records';
import type { MessageText } from './email';

/** The draft written to a contact, if there is one. */
export function draftFor(doc: Workbook, contactId: string): Outreach | undefined {
  return recordFor(doc, 'outreach', contactId);
}

/** A draft with nothing written, for when the student has not started one. */
export function blankDraft(contactId: string): Outreach {
  return {
    id: '',
    contactId,
    subject: '',
    connection: '',
    aboutMe: '',
    whyThem: '',
    ask: '',
    question: '',
    updatedAt: '',
    sentAt: '',
  };
}

/** Saves text of the draft to a contact, starting the draft at the first change; unchanged text leaves the workbook as it is. */
export function updateDraft(doc: Workbook, contactId: string, patch: Partial<MessageText>, now: Date): Workbook {
  return changeRecordFor(doc, 'outreach', contactId, blankDraft, 'o', (draft) =>
    (Object.keys(patch) as Array<keyof MessageText>).some((k) => patch[k] !== draft[k])
      ? { ...draft, ...patch, updatedAt: now.toISOString() }
      : draft,
  );
}

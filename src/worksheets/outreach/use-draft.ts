// The chosen person's draft and the email made of it, as the finished message's two islands read them.
import { type Accessor, createMemo } from 'solid-js';
import type { Contact, Workbook } from '../../workbook/model';
import { recordFor } from '../../workbook/person-records';
import { useChosenContact } from '../shared/chosen-contact';
import { useWorkbookData } from '../shared/use-workbook';
import { composeBody, type MessageText } from './message-body';

/** The text of a person's message before the student starts their draft. */
const UNWRITTEN: MessageText = { subject: '', connection: '', aboutMe: '', whyThem: '', question: '', ask: '' };

/** What an island of the finished message reads: the workbook, the person, their message and its body. */
export interface DraftView {
  doc: Accessor<Workbook>;
  contact: Accessor<Contact | undefined>;
  /** The chosen person's message (empty until their draft is started), or undefined with no one on the list. */
  draft: Accessor<MessageText | undefined>;
  name: () => string;
  body: Accessor<string>;
}

/** Follows the chosen person's draft and its body, worked out once per change (read alone, without drafts.ts). */
export function useDraft(): DraftView {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  const draft = createMemo(() => {
    const c = contact();
    return c ? (recordFor(doc(), 'outreach', c.id) ?? UNWRITTEN) : undefined;
  });
  const name = () => contact()?.name ?? '';
  const body = createMemo(() => {
    const d = draft();
    return d ? composeBody(name(), d, doc().profile) : '';
  });
  return { doc, contact, draft, name, body };
}

// What the outreach islands share about sending: the change that "Mark as sent" made (shown with
// its Undo by the person island, made by the finished message's island), and the code that makes it.
import { atom } from 'nanostores';
import { changesOnDemand } from '../shared/changes-on-demand';
import type { SentChange } from './sent';

/** The last message marked as sent on this page, while its Undo is offered. */
export const $sentChange = atom<SentChange | undefined>(undefined);

/** Marking a message as sent and undoing it, fetched the first time the student does either. */
export const sending = changesOnDemand(() => import('./sent'));

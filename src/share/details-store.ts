// What the student types only for sharing (their name, what they study, their questions for the
// advisor), kept in this browser so that closing the share panel loses nothing. "Clear my data"
// removes it with every other key of the site.

import { isRecord } from '../lib/is-record';
import { STORAGE_PREFIX } from '../workbook/model';
import type { StorageAdapter } from '../workbook/storage-adapter';
import type { ShareDetails } from './snapshot';

/** The key of the details in localStorage. */
export const DETAILS_KEY = `${STORAGE_PREFIX}:share-details`;

/** Nothing typed yet. */
export const NO_DETAILS: ShareDetails = { name: '', studies: '', questions: '' };

/** The details kept in storage; nothing typed when there are none or they cannot be read. */
export function loadDetails(storage: StorageAdapter): ShareDetails {
  const read = storage.read(DETAILS_KEY);
  if (!read.ok || read.value === null) return { ...NO_DETAILS };
  try {
    const value: unknown = JSON.parse(read.value);
    if (!isRecord(value)) return { ...NO_DETAILS };
    const text = (key: keyof ShareDetails) => (typeof value[key] === 'string' ? (value[key] as string) : '');
    return { name: text('name'), studies: text('studies'), questions: text('questions') };
  } catch {
    return { ...NO_DETAILS };
  }
}

/** Keeps the details (removes the key when nothing is typed); false when the browser refused. */
export function saveDetails(storage: StorageAdapter, details: ShareDetails): boolean {
  const empty = !details.name && !details.studies && !details.questions;
  return (empty ? storage.remove(DETAILS_KEY) : storage.write(DETAILS_KEY, JSON.stringify(details))).ok;
}

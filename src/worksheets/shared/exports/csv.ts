// CSV as RFC 4180 describes it, made safe for spreadsheets.

/** Byte order mark: tells Excel and others that the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * A cell a spreadsheet could run as a formula (or a command): one that starts with a tab or a
 * carriage return, or whose first visible character is = + - @ or a full-width or small form of
 * them, after any spaces, line breaks or invisible format characters (zero-width space, BOM…).
 */
const FORMULA_START = /^(?:[\t\r]|[\p{White_Space}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66])/u;

/**
 * Makes a cell safe from formula injection (OWASP's CSV injection advice): a cell that could
 * start a formula gets a leading apostrophe, so spreadsheets show it as text instead of running it.
 */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, quoted when it holds a comma, a double quote, a line break or a leading/trailing space. */
export function csvField(text: string): string {
  const safe = neutralize(text);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: a header row, then one row a record; CRLF line ends and a BOM first. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

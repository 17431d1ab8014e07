/** Characters with a Markdown or HTML meaning anywhere in a line. */
const SPECIAL = /[\\`*_[\]<>#|!~]/g;
/** An ampersand that would start a named character reference such as `&lt;` (`&#60;` is already broken by escaping `#`). */
const ENTITY_START = /&(?=[A-Za-z0-9]+;)/g;
/** Control characters other than tab and line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Escapes one line so it shows exactly as typed and cannot start a heading, list, quote, fence or HTML. */
function escapeLine(line: string): string {
  return line
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .trim()
    .replace(SPECIAL, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Escapes student text for use inside one Markdown line (names, headings): line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' '));
}

/** Escapes multi-line student text: one escaped string per non-blank line, to be joined with hard breaks. */
export function escapeLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .filter((line) => line !== '');
}

// Test support: the RFC 5545 line rules a written calendar file must follow, checked in plain code
// so that the tests of the writer and of each calendar the site makes share one definition.
import { MAX_LINE_OCTETS } from './icalendar';

/** What breaks the line rules in `text` (CRLF only, every line ended, at most 75 octets, no split character); empty when nothing does. */
export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the last line does not end with CRLF');
  if (/[\r\n]/.test(text.replaceAll('\r\n', ''))) problems.push('a line ends with a bare CR or LF');
  text.split('\r\n').forEach((line, i) => {
    const size = new TextEncoder().encode(line).length;
    if (size > MAX_LINE_OCTETS) problems.push(`line ${i + 1} has ${size} octets`);
    if (!line.isWellFormed() || line.includes('\uFFFD')) problems.push(`line ${i + 1} splits a character`);
  });
  return problems;
}

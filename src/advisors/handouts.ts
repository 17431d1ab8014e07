// What a printed step page (a handout) holds. A handout keeps the step's key points ("What you'll
// do"), its worksheet section and the page address with a QR code, on at most two pages. Some
// worksheets do not fit beside the others: they print on their own, from a link to them.
import type { WorksheetId } from '../worksheets/registry';

/**
 * Worksheets each step's handout leaves out, by step number. Step 5 has four worksheets; the
 * conversation card is a full page on its own, so the handout keeps what to do before the talk
 * (the message and the preparation) and the card and the notes print from their own links.
 */
export const LEFT_OUT_OF_HANDOUT: Readonly<Partial<Record<number, readonly WorksheetId[]>>> = {
  5: ['conversation-card', 'interview-notes'],
};

/**
 * Print rules that hide the left-out worksheets and the heading and line that introduce them,
 * unless the page was opened at one worksheet's link (then that worksheet prints alone, see
 * handout.css) or a worksheet's own print button chose what prints (data-print-only, as "Print the
 * card" does). The text has no <, > or & so it can go into a style element as it is.
 */
export function leftOutCss(worksheets: readonly WorksheetId[]): string {
  if (worksheets.length === 0) return '';
  const parts = worksheets.flatMap((id) => [
    `#${id}`,
    `.heading-row:has(#worksheet-${id})`,
    `.heading-row:has(#worksheet-${id}) + p`,
  ]);
  return `@media print{:root:not(:has(.worksheet:target),[data-print-only]) :is(${parts.join(',')}){display:none !important}}`;
}

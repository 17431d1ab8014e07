// How long links may be. Chat apps and email keep links of a couple of thousand characters whole;
// phone cameras read QR codes of about a thousand characters reliably (denser codes need a steady
// hand and good light); browsers take much longer links, which is how a whole workbook can move.

/** A summary link should be at most this long (a typical workbook: goals, top five, one pitch, 20 people). */
export const SHARE_LINK_TARGET = 2_000;
/** Links up to this long also get a QR code. */
export const QR_MAX = 1_000;
/** A moved workbook travels as a link up to this long (16 KB); beyond it, as a file. */
export const MOVE_LINK_MAX = 16 * 1024;

/** How a link of some length can be given: with a QR code or not, and whether it is longer than advised. */
export interface LinkAdvice {
  qr: boolean;
  long: boolean;
}

/** What a summary link of `length` characters can do. */
export function shareLinkAdvice(length: number): LinkAdvice {
  return { qr: length <= QR_MAX, long: length > SHARE_LINK_TARGET };
}

/** How a moved workbook whose link has `length` characters can travel: as a link (maybe with a QR code), or only as a file. */
export function moveAdvice(length: number): { link: boolean; qr: boolean } {
  return { link: length <= MOVE_LINK_MAX, qr: length <= QR_MAX };
}

/** "1,234": a count of characters as people read it. */
export function charactersText(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? 'character' : 'characters'}`;
}

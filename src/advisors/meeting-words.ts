// The next meeting of a plan in words, for the plan page.

/** A date written YYYY-MM-DD, in words: "Tuesday, March 10, 2026". */
export function dateInWords(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(
      Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1),
    );
  } catch {
    return date;
  }
}

/**
 * A time written HH:MM (24 hours), as people of the page's language write it: "2:30 PM" (en),
 * "14:30" (en-GB), with an ordinary space (browsers differ on the narrow one).
 */
export function timeInWords(time: string, lang: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  try {
    return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
      .format(Date.UTC(2000, 0, 1, h, m))
      .replace(/\u202f/g, ' ');
  } catch {
    return time;
  }
}

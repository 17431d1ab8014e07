// A time of day in words, apart from days.ts so that the worksheets that count days (the tracker's
// list, the thank-you) do not load it: only the weekly routine and the plan page show a time.

/**
 * A time written HH:MM (24 hours), as people of the page's language write it: "2:30 PM" (en),
 * "14:30" (en-GB), with an ordinary space (browsers differ on the narrow one). The time as typed
 * when the language is not known.
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

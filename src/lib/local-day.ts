// The student's (or the build machine's) local date, with no imports, so that the configuration
// loader can use it when Node runs it directly (src/config/load.mjs).

/** The local date of a moment, as 'YYYY-MM-DD' (pass `new Date()` for today). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

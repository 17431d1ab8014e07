// Whole numbers with commas between groups of three digits ("5,000"), written out: the browser's
// own number formatting (toLocaleString) loads its locale data on first use, a pause of about 0.2 s
// on a slow phone while a worksheet starts.

/** A whole number as English writes it: 5000 -> "5,000", -12000 -> "-12,000". */
export function groupDigits(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 && grouped !== '0' ? `-${grouped}` : grouped;
}

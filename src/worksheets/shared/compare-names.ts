// Name order for lists, written out instead of Intl.Collator: creating the first collator loads
// the browser's locale data, a 30-50 ms pause on a phone while the tracker starts. Case and
// accents are ignored (é sorts as e) and numbers go by value, as the collator would; letters
// without a plain form (ø, ß) and other scripts sort by their code points.

const MARKS = /\p{M}/gu;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Where the run of digits that starts at `i` ends. */
function digitsEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Only printable ASCII, which has no accents to take off (most names): no need to normalize it. */
const PLAIN = /^[ -~]*$/;

/** A name as it sorts: lower case, accents taken off. Compute it once per name to sort long lists with compareNameKeys. */
export const nameKey = (name: string) =>
  PLAIN.test(name) ? name.toLowerCase() : name.normalize('NFD').replace(MARKS, '').toLowerCase();

/** Orders two names as people expect (case and accents ignored, numbers by value); negative when `a` comes first. */
export function compareNames(a: string, b: string): number {
  return compareNameKeys(nameKey(a), nameKey(b));
}

/** compareNames for names already turned into keys by nameKey (sorting 5,000 names, each key is made once, not 60,000 times). */
export function compareNameKeys(x: string, y: string): number {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const c = x.charCodeAt(i);
    const d = y.charCodeAt(j);
    if (isDigit(c) && isDigit(d)) {
      const iEnd = digitsEnd(x, i);
      const jEnd = digitsEnd(y, j);
      const byValue = Number(x.slice(i, iEnd)) - Number(y.slice(j, jEnd));
      if (byValue !== 0) return Math.sign(byValue);
      i = iEnd;
      j = jEnd;
    } else if (c !== d) {
      return c < d ? -1 : 1;
    } else {
      i++;
      j++;
    }
  }
  return Math.sign(x.length - i - (y.length - j));
}

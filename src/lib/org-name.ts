// The organization in what a student typed about where a person works: read for what it is, with a
// fallback when the field holds something else ("Interned at a local agency"). Apart from
// sentence.ts, so that the worksheets that write no organization names do not load these rules.
import { oneLine, personName, trimEdges, withoutAsides } from './sentence';

// Words that describe a person's work or tie rather than name an organization.
const ROLE_WORDS =
  /\b(?:intern(?:ed|ing|s|ship)?|designer|manager|engineer|analyst|director|assistant|student|professor|teacher|lecturer|recruiter|developer|researcher|consultant|coordinator|officer|specialist|volunteer(?:ed|ing)?|founder|owner|ceo|cto|head|lead|friend|mentor|coach|neighbou?r|classmate|cousin|aunt|uncle|mom|mum|dad|parent|alumn(?:us|a|i|ae)|graduate|works?|worked|working|used|was|is|my|our|his|her|their|former|formerly)\b/iu;

/** The parts of an organization field: split at " at ", commas, dashes, slashes and bars. */
function segments(text: string): string[] {
  return text
    .split(/\s+(?:at|@)\s+|^(?:at|@)\s+|\s*[,;|/]\s*|\s+[-–—]\s+/iu)
    .map(trimEdges)
    .filter(Boolean);
}

/** True when a piece of text reads as the name of an organization: starts with a capital or a digit, short, no role words. */
function readsAsName(text: string): boolean {
  if (!/^[\p{L}\p{N}]/u.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  if (text.length > 60 || text.split(' ').length > 6) return false;
  return !ROLE_WORDS.test(text);
}

/**
 * The organization named in a contact's "Organization or field", or '' when it holds something
 * else: a field ("marketing"), a description ("Interned at a local agency"), only an aside.
 * "UX designer at Figma" and "Figma (UX intern last summer)" both give "Figma".
 */
export function orgName(org: string): string {
  const line = withoutAsides(oneLine(org));
  return segments(line).find(readsAsName) ?? '';
}

/** "Sam Lee at Figma", or just "Sam Lee" when the organization is not known as such. */
export function nameAtOrg(name: string, org: string): string {
  const who = personName(name);
  const where = orgName(org);
  return where && who ? `${who} at ${where}` : who || where;
}

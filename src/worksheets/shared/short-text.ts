import { cleanName } from '../../workbook/model';

/** The start of a long text for button names: at most `max` characters, cut at a space, with "…". */
export function shortText(text: string, max = 60): string {
  const clean = cleanName(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

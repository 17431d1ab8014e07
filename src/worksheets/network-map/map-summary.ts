// The words of the drawn network map: who counts as rated high and as contacted (the map marks
// both with a colour and a shape), the summary a screen reader hears, and each dot's name.
import type { Contact } from '../../workbook/model';
import { countOf } from '../../workbook/plural';

/** True when step 3 rated the person High for relevance or for wanting to talk to them. */
export const ratedHigh = (c: Contact): boolean => c.relevance === 3 || c.motivation === 3;

/** True once the student has reached out to the person (any status past "not contacted"). */
export const contacted = (c: Contact): boolean => c.status !== 'not-contacted';

/** What the map shows of one circle: its name and its people. */
export interface MapGroup {
  name: string;
  people: readonly Contact[];
}

/** The map in one or two sentences: people per circle, how many are rated high and contacted. */
export function mapSummary(groups: readonly MapGroup[]): string {
  const people = groups.flatMap((g) => g.people);
  if (people.length === 0)
    return `Your network map: you in the middle and ${countOf(groups.length, 'circle', 'circles')}, with no one in them yet.`;
  const perCircle = groups.map((g) => `${g.name} ${g.people.length}`).join(', ');
  const high = people.filter(ratedHigh).length;
  const reached = people.filter(contacted).length;
  return `Your network map: ${countOf(people.length, 'person', 'people')} around you in ${countOf(groups.length, 'circle', 'circles')} (${perCircle}). ${high} rated high in step 3, ${reached} contacted.`;
}

/** A dot's name for screen readers: "Edit Sam Lee: rated high, contacted". */
export function dotName(c: Contact): string {
  const marks = [ratedHigh(c) ? 'rated high' : '', contacted(c) ? 'contacted' : 'not contacted yet'].filter(Boolean);
  return `Edit ${c.name}: ${marks.join(', ')}`;
}

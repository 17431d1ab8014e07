// A configured place as the worksheet receives it: an event's date is written in words at build
// time, so the island needs no date formatting of its own.
import type { MeetingPlace } from '../../config/institution.types';
import type { PlaceOption } from './places';

/** "Thursday, 14 October 2027" (in the page's language) for a date written YYYY-MM-DD. */
export function eventDateInWords(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1),
  );
}

/** The worksheet's view of a configured place: its name, hint and page, and an event's date in words. */
export function placeOption(place: MeetingPlace, lang: string): PlaceOption {
  const { id, name, hint, url, date } = place;
  return { id, name, hint, url, ...(date ? { when: eventDateInWords(date, lang) } : {}) };
}

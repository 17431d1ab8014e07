// A configured place as the worksheet receives it: an event's date is written in words at build
// time, so the island needs no date formatting of its own.
import type { MeetingPlace } from '../../config/institution.types';
import { formatDay } from '../../lib/days';
import type { PlaceOption } from './places';

/** The worksheet's view of a configured place: its name, hint and page, and an event's date in words. */
export function placeOption(place: MeetingPlace): PlaceOption {
  const { id, name, hint, url, date } = place;
  return { id, name, hint, url, ...(date ? { when: formatDay(date) } : {}) };
}

// How the headings of My workbook and the person page name a person.
import { personName } from '../lib/sentence';

/** A name for a heading: without asides, or words saying the person is gone. */
export function headingName(name: string | undefined): string {
  return (name === undefined ? '' : personName(name)) || 'someone no longer on your list';
}

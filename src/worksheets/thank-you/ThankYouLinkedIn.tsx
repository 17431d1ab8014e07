import type { ThankYou } from '../../workbook/model';
import { LinkedInVersions } from '../shared/LinkedInVersions';
import type { ThankYouPart } from './compose';
import { thankYouLinkedInMessage, thankYouNote } from './linkedin-thank-you';

/** The LinkedIn versions of the thank-you (fetched when the student first opens them). */
export function ThankYouLinkedIn(props: { name: string; parts: Pick<ThankYou, ThankYouPart> }) {
  return (
    <LinkedInVersions
      id="ty-li"
      note={(limit) => thankYouNote(props.name, props.parts, limit)}
      message={thankYouLinkedInMessage(props.name, props.parts)}
      shorten="your thanks"
    />
  );
}

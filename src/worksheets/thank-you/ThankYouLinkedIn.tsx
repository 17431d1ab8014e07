import type { ThankYou } from '../../workbook/model';
import type { Signer } from '../shared/about-you/signature';
import { LinkedInVersions } from '../shared/LinkedInVersions';
import type { ThankYouPart } from './compose';
import { thankYouLinkedInMessage, thankYouNote } from './linkedin-thank-you';

/** The LinkedIn versions of the thank-you (fetched when the student first opens them). */
export function ThankYouLinkedIn(props: { name: string; parts: Pick<ThankYou, ThankYouPart>; signer: Signer }) {
  return (
    <LinkedInVersions
      id="ty-li"
      note={(limit) => thankYouNote(props.name, props.parts, limit, props.signer)}
      message={thankYouLinkedInMessage(props.name, props.parts, props.signer)}
      shorten="your thanks"
    />
  );
}

import type { Outreach } from '../../workbook/model';
import type { Signer } from '../shared/about-you/signature';
import { LinkedInVersions } from '../shared/LinkedInVersions';
import type { PartKey } from './email';
import { outreachLinkedInMessage, outreachNote } from './linkedin-outreach';

/** The LinkedIn versions of the outreach email (fetched when the student first opens them). */
export function OutreachLinkedIn(props: { name: string; text: Pick<Outreach, PartKey>; signer: Signer }) {
  return (
    <LinkedInVersions
      id="or-li"
      note={(limit) => outreachNote(props.name, props.text, limit, props.signer)}
      message={outreachLinkedInMessage(props.name, props.text, props.signer)}
      shorten="how you are connected or your request"
    />
  );
}

// A message drafted to a person (step 5) as it reads, greeted and signed: My workbook lists them for
// everyone, the person page shows one person's.
import type { Outreach } from '../workbook/model';
import { worksheetPath } from '../worksheets/addresses';
import { composeBody } from '../worksheets/outreach/message-body';
import type { Signer } from '../worksheets/shared/about-you/signature';
import { Answer, BackLink, linkName } from './view-parts';
import { messageHeading } from './view-words';

/**
 * A message drafted to a person (step 5), greeted and signed as the student's profile says
 * (`signer`); `name` is undefined when they are no longer on the list.
 */
export function MessagePart(props: { message: Outreach; name: string | undefined; signer: Signer }) {
  const o = () => props.message;
  return (
    <>
      <h3>{messageHeading(props.name, o().sentAt)}</h3>
      <Answer label="Subject" text={o().subject} />
      <Answer label="Message" text={composeBody(linkName(props.name), o(), props.signer)} />
      <BackLink href={worksheetPath('outreach', o().contactId)}>Open the message to {linkName(props.name)}</BackLink>
    </>
  );
}

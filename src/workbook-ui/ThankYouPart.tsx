// A thank-you to a person (step 6) as the message reads: My workbook lists them for everyone, the
// person page shows one person's.
import type { ThankYou } from '../workbook/model';
import { worksheetPath } from '../worksheets/addresses';
import type { Signer } from '../worksheets/shared/about-you/signature';
import { composeThankYou } from '../worksheets/thank-you/compose';
import { thankYouHeading } from './follow-up-words';
import { BackLink, linkName } from './view-parts';

/** A thank-you to a person (step 6), as the message reads, signed as the student's profile says. */
export function ThankYouPart(props: { thankYou: ThankYou; name: string | undefined; signer: Signer }) {
  const t = () => props.thankYou;
  return (
    <>
      <h3>{thankYouHeading(props.name, t().sentAt)}</h3>
      <p class="wb-notes">{composeThankYou(linkName(props.name), t(), props.signer)}</p>
      <BackLink href={worksheetPath('thank-you', t().contactId)}>Open the thank-you to {linkName(props.name)}</BackLink>
    </>
  );
}

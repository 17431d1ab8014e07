import { Show } from 'solid-js';
import { AboutYouPart } from '../shared/about-you/AboutYouPart';
import { useWorkbookData } from '../shared/use-workbook';

/**
 * Step 5 worksheet, third of its islands (OutreachWorksheet.astro): the "Signed as" line under the
 * parts, shown once someone is on the list (then a person is always chosen).
 */
export default function OutreachSignature() {
  const doc = useWorkbookData();
  return (
    <div class="or-signature">
      <Show when={doc().contacts.length}>
        <AboutYouPart id="or-ay" named="Signed as" empty="About you: add your name to sign your messages" />
      </Show>
    </div>
  );
}

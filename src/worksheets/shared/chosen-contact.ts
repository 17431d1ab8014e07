// The person the four step 5 worksheets follow, for any island that shows them (the person menu
// itself is ContactSelect.tsx): apart from the menu, so an island that only follows the person
// loads no menu.
import { type Accessor, createEffect, createMemo } from 'solid-js';
import type { Contact } from '../../workbook/model';
import { askedPerson, openingPerson } from './chosen-person';
import { $chosenContactId, resolveContact } from './contact-choice';
import { followPerson } from './touch-source';
import { useAtom } from './use-atom';
import { EMPTY, useWorkbookData } from './use-workbook';

/** True once one of the step 5 islands has set the person the page opens on. */
let opened = false;

/**
 * The person the step 5 worksheets show, shared by all four (worked out once per change, from
 * plain data). Once the saved workbook is shown, the page opens on the person its address asks
 * for (?contact=), else the one the student was last on.
 */
export function useChosenContact(): Accessor<Contact | undefined> {
  const data = useWorkbookData();
  const chosen = useAtom($chosenContactId);
  createEffect(() => {
    const doc = data();
    if (opened || doc === EMPTY) return;
    opened = true;
    if (!$chosenContactId.get())
      $chosenContactId.set(openingPerson(doc, 'makeContact', askedPerson(location.search), ''));
  });
  const contact = createMemo(() => resolveContact(data(), chosen()));
  // A change in any of the four worksheets is recorded with the person they show.
  followPerson('makeContact', () => contact()?.id);
  return contact;
}

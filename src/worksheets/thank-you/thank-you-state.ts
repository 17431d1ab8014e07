// What the thank-you's two islands (the person with the parts, and the message) share in this visit:
// the person shown, the check's problem in words and the undo of "Mark as sent". Small atoms, so
// neither island loads the other's code.
import { atom } from 'nanostores';
import { type Accessor, createEffect, createSignal, onMount } from 'solid-js';
import type { Workbook } from '../../workbook/model';
import { askedPerson, openingPerson } from '../shared/chosen-person';
import { useAtom } from '../shared/use-atom';
import { initialChoice } from './choice';
import type { SentUndo } from './sent';

/** The id of the person the thank-you is for ('' until the workbook is read). */
export const $thankYouPerson = atom('');

/** Why the message is not ready to send, shown under "One specific thing you learned". */
export const $thankYouProblem = atom<string | undefined>(undefined);

/** What the last "Mark as sent" changed, while its undo bar shows. */
export const $sentUndo = atom<SentUndo | undefined>(undefined);

/**
 * The person shown, in either island: once the workbook is read, the one the address asks for,
 * else the one last chosen, else the first thank-you due; again if that person is removed.
 */
export function useThankYouPerson(data: Accessor<Workbook>): Accessor<string> {
  const [asked, setAsked] = createSignal('');
  const chosen = useAtom($thankYouPerson);
  onMount(() => setAsked(askedPerson(window.location.search)));
  createEffect(() => {
    const doc = data();
    const id = chosen();
    if (!doc.contacts.some((c) => c.id === id))
      $thankYouPerson.set(openingPerson(doc, 'thankYou', asked(), initialChoice(doc)));
  });
  return chosen;
}

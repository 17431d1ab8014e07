import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { type Contact, MAX_NAME } from '../../workbook/model';
import { AddButtons } from '../shared/AddButtons';
import { createEntry } from '../shared/entry';
import { Field } from '../shared/Field';
import { Lines } from '../shared/Lines';
import { useWorkbookData } from '../shared/use-workbook';
import { noteChanges } from './load-changes';
import type { SuggestResult } from './referral-changes';
import { suggestedBy } from './referrals';

/** The people a contact suggested: added to the shared list, referred by them, without referral loops. */
export function SuggestedPeople(props: { contact: Contact }) {
  const data = useWorkbookData();
  const now = () => new Date();
  const entry = createEntry(() => add());
  // The person already on the list with the name typed, when they could be the one meant.
  const [sameAs, setSameAs] = createSignal<Contact>();
  const people = createMemo(() => suggestedBy(data(), props.contact.id));

  createEffect(
    on(
      createMemo(() => props.contact.id),
      () => {
        entry.clearError();
        setSameAs(undefined);
      },
      { defer: true },
    ),
  );

  const done = (message: string) => {
    announce(message);
    setSameAs(undefined);
    entry.accept();
  };

  const refuse = (message: string, same?: Contact) => {
    setSameAs(same);
    announce(message);
    entry.refuse(message, !!same);
  };

  const add = (allowDuplicate = false) =>
    noteChanges.use(({ addSuggested }) => {
      let result: SuggestResult | undefined;
      updateWorkbook((d) => {
        result = addSuggested(d, props.contact.id, entry.text(), now(), allowDuplicate);
        return result.ok ? result.doc : d;
      });
      if (!result) return;
      if (result.ok) {
        done(`Added ${entry.text().trim()} to your list, suggested by ${props.contact.name}.`);
        return;
      }
      const already = 'sameAs' in result && result.sameAs.referredBy !== props.contact.id ? result.sameAs : undefined;
      refuse(result.error, already);
    });

  const link = (person: Contact) =>
    noteChanges.use(({ linkReferral }) => {
      let problem: string | undefined;
      updateWorkbook((d) => {
        const r = linkReferral(d, person.id, props.contact.id, now());
        if (!r.ok) problem = r.error;
        return r.ok ? r.doc : d;
      });
      if (problem) refuse(problem);
      else done(`${person.name} is now marked as suggested by ${props.contact.name}.`);
    });

  const unlink = (person: Contact) =>
    noteChanges.use(({ unlinkReferral }) => {
      updateWorkbook((d) => unlinkReferral(d, person.id, now()));
      announce(`${person.name} is no longer marked as suggested by ${props.contact.name}. They stay on your list.`);
      queueMicrotask(entry.focus);
    });

  return (
    <fieldset class="in-suggested">
      <legend>People {props.contact.name} suggested you talk to</legend>
      <Show
        when={people().length}
        fallback={
          <>
            <p class="s5-muted">No one yet.</p>
            <Lines count={2} />
          </>
        }
      >
        <ul class="in-people">
          <For each={people()}>
            {(person) => (
              <li>
                <span class="in-person-name">{person.name}</span>
                <button
                  type="button"
                  class="small-button no-print"
                  aria-label={`Take off this list: ${person.name}`}
                  onClick={() => unlink(person)}
                >
                  Take off this list
                </button>
              </li>
            )}
          </For>
        </ul>
        <p class="hint no-print">They are on your contact list too. Taking someone off here keeps them on it.</p>
      </Show>
      <div class="no-print">
        <Field
          id="in-person"
          label="Name of someone they suggested"
          hint="Press Enter to add them to your list, then type the next one."
          maxLength={MAX_NAME}
          {...entry.field}
        />
        <AddButtons
          label="Add person"
          secondary
          duplicate={entry.duplicate()}
          onAdd={add}
          anywayLabel="Add anyway, as a different person"
          alternatives={
            <Show when={sameAs()}>
              {(person) => (
                <button type="button" class="button secondary" onClick={() => link(person())}>
                  Mark {person().name} as suggested
                </button>
              )}
            </Show>
          }
        />
      </div>
    </fieldset>
  );
}

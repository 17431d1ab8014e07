import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { type Contact, MAX_NAME, type Workbook } from '../../workbook/model';
import { Lines } from '../outreach/Lines';
import { Field } from '../shared/Field';
import { addSuggested, linkReferral, suggestedBy, unlinkReferral } from './referrals';

/** The people a contact suggested: added to the shared list, referred by them, without referral loops. */
export function SuggestedPeople(props: { doc: Workbook; contact: Contact }) {
  const now = () => new Date();
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [sameAs, setSameAs] = createSignal<Contact>();
  let input: HTMLInputElement | HTMLTextAreaElement | undefined;
  const people = () => suggestedBy(props.doc, props.contact.id);

  createEffect(
    on(
      () => props.contact.id,
      () => {
        setError(undefined);
        setSameAs(undefined);
      },
      { defer: true },
    ),
  );

  const done = (message: string) => {
    announce(message);
    setName('');
    if (input) input.value = '';
    setError(undefined);
    setSameAs(undefined);
    input?.focus();
  };

  const refuse = (message: string, same?: Contact) => {
    setError(message);
    setSameAs(same);
    announce(message);
    input?.focus();
  };

  const add = (allowDuplicate = false) => {
    let result: ReturnType<typeof addSuggested> | undefined;
    updateWorkbook((d) => {
      result = addSuggested(d, props.contact.id, name(), now(), allowDuplicate);
      return result.ok ? result.doc : d;
    });
    if (!result) return;
    if (result.ok) {
      done(`Added ${name().trim()} to your list, suggested by ${props.contact.name}.`);
      return;
    }
    const already = 'sameAs' in result && result.sameAs.referredBy !== props.contact.id ? result.sameAs : undefined;
    refuse(result.error, already);
  };

  const link = (person: Contact) => {
    let problem: string | undefined;
    updateWorkbook((d) => {
      const r = linkReferral(d, person.id, props.contact.id, now());
      if (!r.ok) problem = r.error;
      return r.ok ? r.doc : d;
    });
    if (problem) refuse(problem);
    else done(`${person.name} is now marked as suggested by ${props.contact.name}.`);
  };

  const unlink = (person: Contact) => {
    updateWorkbook((d) => unlinkReferral(d, person.id, now()));
    announce(`${person.name} is no longer marked as suggested by ${props.contact.name}. They stay on your list.`);
    queueMicrotask(() => input?.focus());
  };

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
          value={name()}
          onValue={(v) => {
            setName(v);
            if (error()) {
              setError(undefined);
              setSameAs(undefined);
            }
          }}
          error={error()}
          maxLength={MAX_NAME}
          ref={(el) => {
            input = el;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <div class="button-row">
          <button type="button" class="button secondary" onClick={() => add()}>
            Add person
          </button>
          <Show when={sameAs()}>
            {(person) => (
              <>
                <button type="button" class="button secondary" onClick={() => link(person())}>
                  Mark {person().name} as suggested
                </button>
                <button
                  type="button"
                  class="button secondary"
                  aria-label="Add anyway, as a different person"
                  onClick={() => add(true)}
                >
                  Add anyway
                </button>
              </>
            )}
          </Show>
        </div>
      </div>
    </fieldset>
  );
}

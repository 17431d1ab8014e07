import { useStore } from '@nanostores/solid';
import { type Accessor, For, type JSX, Show } from 'solid-js';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact, Workbook } from '../../workbook/model';
import { $chosenContactId, contactGroups, resolveContact } from './contact-choice';

/** The person the step 5 worksheets show, shared by all four. */
export function useChosenContact(doc: Accessor<Workbook>): Accessor<Contact | undefined> {
  const chosen = useStore($chosenContactId);
  return () => resolveContact(doc(), chosen());
}

/** A person as an option: their name, and their status once they have been contacted. */
function optionText(c: Contact): string {
  return c.status === 'not-contacted' ? c.name : `${c.name} (${STATUS_LABELS[c.status]})`;
}

/** Props of the person select. */
export interface ContactSelectProps {
  id: string;
  label: string;
  doc: Workbook;
  contact: Contact | undefined;
  /** What to show when there is no one on the list yet. */
  empty: JSX.Element;
}

/** Chooses the person a worksheet is about: the top five first, then everyone else. */
export function ContactSelect(props: ContactSelectProps) {
  const groups = () => contactGroups(props.doc);
  const option = (c: Contact) => (
    <option value={c.id} selected={c.id === props.contact?.id}>
      {optionText(c)}
    </option>
  );
  return (
    <Show when={props.doc.contacts.length} fallback={<div class="s5-empty no-print">{props.empty}</div>}>
      <div class="field s5-person no-print">
        <label for={props.id}>{props.label}</label>
        <p class="hint" id={`${props.id}-hint`}>
          The four worksheets on this page follow the person you choose.
        </p>
        <select
          id={props.id}
          aria-describedby={`${props.id}-hint`}
          onChange={(e) => $chosenContactId.set(e.currentTarget.value)}
        >
          <Show when={groups().top.length}>
            <optgroup label="Your top five">
              <For each={groups().top}>{option}</For>
            </optgroup>
          </Show>
          <Show when={groups().others.length}>
            <optgroup label={groups().top.length ? 'Everyone else' : 'Everyone on your list'}>
              <For each={groups().others}>{option}</For>
            </optgroup>
          </Show>
        </select>
      </div>
    </Show>
  );
}

/** The message and link shown when there is no one on the list yet. */
export function NoContacts(props: { what: string }) {
  return (
    <p>
      There is no one on your list yet. Add the people you know in{' '}
      <a href="/steps/identify-your-networks/#network-map">your network map (step 1)</a>, and choose who to contact
      first in <a href="/steps/assess-your-goals/#goals">your goals (step 3)</a>. Then come back here to {props.what}.
    </p>
  );
}

import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact } from '../../workbook/model';
import { $chosenContactId, contactGroups } from './contact-choice';
import { LoadStatus, onDemand } from './on-demand';
import { PAGE_SIZE } from './paging';
import { holdWhile } from './pending-changes';
import { useLive, useWorkbookData } from './use-workbook';

// Islands that only follow the person, without the menu, import it from chosen-contact.ts.
export { useChosenContact } from './chosen-contact';

/**
 * Shows `id` on the four worksheets at once, and remembers them (choose-person.ts, fetched at the
 * first choice: until they are remembered, leaving the page asks first). Offline before the file
 * was stored, the person is shown but not remembered for the next visit.
 */
function showPerson(id: string): void {
  $chosenContactId.set(id);
  holdWhile(import('./choose-person')).then(
    (m) => m.choosePerson('makeContact', id),
    () => undefined,
  );
}

/** A person as an option: their name, and their status once they have been contacted. */
function optionText(c: Contact): string {
  return c.status === 'not-contacted' ? c.name : `${c.name} (${STATUS_LABELS[c.status]})`;
}

/** Props of the person select. */
export interface ContactSelectProps {
  id: string;
  label: string;
  contact: Contact | undefined;
  /** What to show when there is no one on the list yet. */
  empty: JSX.Element;
}

/**
 * Chooses the person a worksheet is about: the top five first, then everyone else. A long list
 * holds only the top five and the person shown until the menu is first used (focused): four menus
 * of 5,000 names would take seconds to draw on a phone, and most visits never open them.
 */
export function ContactSelect(props: ContactSelectProps) {
  const data = useWorkbookData();
  const live = useLive();
  const contacts = createMemo(() => data().contacts);
  const groups = createMemo(() => contactGroups(contacts()));
  // The options follow the id, not the person: editing their email must not revisit 5,000 options.
  const chosenId = createMemo(() => props.contact?.id);
  const [everyone, setEveryone] = createSignal(false);
  const others = createMemo(() => {
    const all = groups().others;
    if (everyone() || all.length <= PAGE_SIZE) return all;
    return all.filter((c) => c.id === chosenId());
  });
  const option = (c: Contact) => (
    <option value={c.id} selected={c.id === chosenId()}>
      {optionText(c)}
    </option>
  );
  return (
    <Show
      when={contacts().length}
      fallback={
        <div class="s5-empty no-print">
          {props.empty}
          <AddPersonHere id={`${props.id}-add`} open live={live} />
        </div>
      }
    >
      <div class="field s5-person no-print">
        <label for={props.id}>{props.label}</label>
        <p class="hint" id={`${props.id}-hint`}>
          The four worksheets on this page follow the person you choose.
        </p>
        <select
          id={props.id}
          aria-describedby={`${props.id}-hint`}
          onFocus={() => setEveryone(true)}
          onChange={(e) => showPerson(e.currentTarget.value)}
        >
          <Show when={groups().top.length}>
            <optgroup label="Your top five">
              <For each={groups().top}>{option}</For>
            </optgroup>
          </Show>
          <Show when={others().length}>
            <optgroup label={groups().top.length ? 'Everyone else' : 'Everyone on your list'}>
              <For each={others()}>{option}</For>
            </optgroup>
          </Show>
        </select>
        <AddPersonHere id={`${props.id}-add`} />
      </div>
    </Show>
  );
}

/**
 * "Add a person" where a worksheet needs one, closed unless `open`: the person joins the list and
 * becomes the one the four worksheets follow. The form's code is fetched when it is first opened.
 */
function AddPersonHere(props: { id: string; open?: boolean; live?: () => boolean }) {
  const [open, setOpen] = createSignal(props.open ?? false);
  const form = onDemand(() => import('./AddPersonForm').then((m) => m.default));
  // Open from the start only while the list is empty: not before the saved list is read, which would
  // draw the form for a moment and then shrink it away to the menu.
  const Form = () => (open() && (props.live?.() ?? true) ? form() : undefined);
  return (
    <details class="add-person-here" open={props.open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.open ? 'Add a person here' : 'Someone else? Add a person'}</summary>
      <Show when={Form()} keyed fallback={<LoadStatus what="form" failed={form.failed()} />}>
        {(AddPersonForm) => <AddPersonForm id={props.id} onAdded={showPerson} />}
      </Show>
    </details>
  );
}

/** The message and link shown when there is no one on the list yet. */
export function NoContacts(props: { what: string }) {
  return (
    <p>
      There is no one on your list yet. Add someone below to {props.what} now, or add the people you know in{' '}
      <a href="/steps/identify-your-networks/#network-map">your network map (step 1)</a> and choose who to contact first
      in <a href="/steps/assess-your-goals/#goals">your goals (step 3)</a>.
    </p>
  );
}

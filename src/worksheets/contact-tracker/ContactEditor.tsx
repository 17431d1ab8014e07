import { createMemo, For, onMount } from 'solid-js';
import type { Day } from '../../lib/days';
import { STATUS_LABELS } from '../../workbook/labels';
import { CONTACT_STATUSES, type Contact, type ContactStatus, MAX_NAME } from '../../workbook/model';
import { ContactFields, HowKnownField } from '../shared/ContactFields';
import { DateField } from '../shared/DateField';
import { FormattedField } from '../shared/FormattedField';
import { datePatch, statusPatch } from '../shared/follow-up/date-patch';
import { DATE_FIELDS, dateProblem, INCOMPLETE_DATE } from '../shared/follow-up/editor-fields';

/** Props of the editor for one tracked person. */
export interface ContactEditorProps {
  person: Contact;
  /** Everyone else, for "Introduced by". */
  others: () => ReadonlyArray<Pick<Contact, 'id' | 'name'>>;
  today: Day;
  onChange: (patch: Partial<Contact>) => void;
  /** A status chosen, with the change it makes (the dates it fills in). */
  onStatus: (status: ContactStatus, patch: Partial<Contact>) => void;
  onDone: () => void;
}

/** Edits one person's status, dates, details and notes; a field with a problem says so and is not saved. */
export function ContactEditor(props: ContactEditorProps) {
  const id = (part: string) => `ct-${props.person.id}-${part}`;
  // Read once per change of "Introduced by", not by each of the options at every keystroke.
  const referredBy = createMemo(() => props.person.referredBy);
  let legend: HTMLLegendElement | undefined;
  onMount(() => legend?.focus());

  return (
    <fieldset class="ct-editor">
      <legend ref={legend} tabindex="-1">
        Update {props.person.name}
      </legend>
      <fieldset class="ct-statuses">
        <legend>Status</legend>
        <For each={CONTACT_STATUSES}>
          {(status) => (
            <div class="choice">
              <input
                type="radio"
                name={id('status')}
                id={id(`status-${status}`)}
                value={status}
                checked={props.person.status === status}
                onChange={() => props.onStatus(status, statusPatch(props.person, status, props.today))}
              />
              <label for={id(`status-${status}`)}>{STATUS_LABELS[status]}</label>
            </div>
          )}
        </For>
        <p class="hint">Choosing "Reached out", "Met" or "Thanked" fills in today's date below if it is empty.</p>
      </fieldset>

      <fieldset class="ct-dates-edit">
        <legend>Dates</legend>
        <div class="ct-date-grid">
          <For each={DATE_FIELDS}>
            {(field) => (
              <DateField
                id={id(field.key)}
                class="date-field"
                label={field.label}
                hint={field.hint}
                optional
                value={props.person[field.key]}
                incomplete={INCOMPLETE_DATE}
                check={(value) => dateProblem(field.key, value, props.today)}
                onValue={(value) => props.onChange(datePatch(props.person, field.key, value, props.today))}
              />
            )}
          </For>
        </div>
      </fieldset>

      <ContactFields
        person={props.person}
        id={id}
        onChange={props.onChange}
        onDone={props.onDone}
        notesLabel="What you talked about, and advice they gave"
        afterOrg={
          <>
            <FormattedField
              id={id('email')}
              format="email"
              label="Email address"
              optional
              hint="Used to open your thank-you in your email app. It stays in this browser."
              value={props.person.email}
              maxLength={MAX_NAME}
              autocomplete="off"
              onValue={(email) => props.onChange({ email })}
            />
            <HowKnownField person={props.person} id={id} onChange={props.onChange} label="How you met" />
            <div class="field">
              <label for={id('referred')}>
                Introduced by <span class="optional">(optional)</span>
              </label>
              <select id={id('referred')} onChange={(e) => props.onChange({ referredBy: e.currentTarget.value })}>
                <option value="" selected={!referredBy()}>
                  No one, or not on my list
                </option>
                <For each={props.others()}>
                  {(other) => (
                    <option value={other.id} selected={other.id === referredBy()}>
                      {other.name}
                    </option>
                  )}
                </For>
              </select>
            </div>
          </>
        }
      />
    </fieldset>
  );
}

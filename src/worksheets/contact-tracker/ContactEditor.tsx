import { createMemo, createSignal, For, onMount } from 'solid-js';
import type { Day } from '../../lib/days';
import { nameProblem } from '../../workbook/contacts';
import { STATUS_LABELS } from '../../workbook/labels';
import { CONTACT_STATUSES, type Contact, type ContactStatus, MAX_NAME, MAX_TEXT } from '../../workbook/model';
import { Field } from '../shared/Field';
import { FormattedField } from '../shared/FormattedField';
import { DATE_FIELDS, dateProblem, INCOMPLETE_DATE } from '../shared/follow-up/editor-fields';
import { datePatch } from '../shared/follow-up/follow-up';

/** Props of the editor for one tracked person. */
export interface ContactEditorProps {
  person: Contact;
  /** Everyone else, for "Introduced by". */
  others: () => ReadonlyArray<Pick<Contact, 'id' | 'name'>>;
  today: Day;
  onChange: (patch: Partial<Contact>) => void;
  onStatus: (status: ContactStatus) => void;
  onDone: () => void;
}

/** Edits one person's status, dates, details and notes; a field with a problem says so and is not saved. */
export function ContactEditor(props: ContactEditorProps) {
  const id = (part: string) => `ct-${props.person.id}-${part}`;
  const [name, setName] = createSignal(props.person.name);
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
                onChange={() => props.onStatus(status)}
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
              <FormattedField
                id={id(field.key)}
                format="date"
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

      <Field
        id={id('name')}
        label="Name"
        value={name()}
        maxLength={MAX_NAME}
        error={nameProblem(name())}
        onValue={(value) => {
          setName(value);
          if (!nameProblem(value)) props.onChange({ name: value });
        }}
      />
      <Field
        id={id('org')}
        label="Organization or field"
        optional
        value={props.person.org}
        maxLength={MAX_NAME}
        onValue={(org) => props.onChange({ org })}
      />
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
      <Field
        id={id('how')}
        label="How you met"
        optional
        value={props.person.howKnown}
        maxLength={MAX_TEXT}
        onValue={(howKnown) => props.onChange({ howKnown })}
      />
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
      <Field
        id={id('notes')}
        label="What you talked about, and advice they gave"
        optional
        multiline
        value={props.person.notes}
        maxLength={MAX_TEXT}
        onValue={(notes) => props.onChange({ notes })}
      />
      <div class="button-row">
        <button type="button" class="button" onClick={() => props.onDone()} disabled={!!nameProblem(name())}>
          Done
        </button>
      </div>
    </fieldset>
  );
}

import { createSignal, For, onMount } from 'solid-js';
import { nameProblem } from '../../workbook/contacts';
import { type Circle, type Contact, MAX_NAME, MAX_TEXT } from '../../workbook/model';
import { Field } from '../shared/Field';

/** Props of the editor for one person. */
export interface PersonEditorProps {
  person: Contact;
  circles: Circle[];
  onChange: (patch: Partial<Contact>) => void;
  onDone: () => void;
  onRemove: () => void;
  /** Where the cursor goes when the editor appears: the name, or the circle (after a move to another circle). */
  focus?: 'name' | 'circle';
}

/** Edits one person's name, circle, how you know them, organization or field, and notes. */
export function PersonEditor(props: PersonEditorProps) {
  const id = (part: string) => `nm-${props.person.id}-${part}`;
  let first: HTMLInputElement | HTMLTextAreaElement | undefined;
  let circleSelect: HTMLSelectElement | undefined;
  // The name is saved only while it is valid, so an emptied field never erases the person.
  const [name, setName] = createSignal(props.person.name);
  // A new circle moves the editor to that circle's section: the cursor stays on the circle choice.
  onMount(() => (props.focus === 'circle' ? circleSelect : first)?.focus());
  return (
    <fieldset class="person-editor">
      <legend>Edit {props.person.name}</legend>
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
        ref={(el) => {
          first = el;
        }}
      />
      <div class="field">
        <label for={id('circle')}>Circle</label>
        <select
          id={id('circle')}
          ref={circleSelect}
          value={props.person.circleId}
          onChange={(e) => props.onChange({ circleId: e.currentTarget.value })}
        >
          <option value="">Not in a circle</option>
          <For each={props.circles}>
            {(c) => (
              <option value={c.id} selected={c.id === props.person.circleId}>
                {c.name}
              </option>
            )}
          </For>
        </select>
      </div>
      <Field
        id={id('how')}
        label="How you know them"
        optional
        value={props.person.howKnown}
        maxLength={MAX_TEXT}
        onValue={(howKnown) => props.onChange({ howKnown })}
      />
      <Field
        id={id('org')}
        label="Organization or field"
        optional
        hint="Where they work or study, or the kind of work they do."
        value={props.person.org}
        maxLength={MAX_NAME}
        onValue={(org) => props.onChange({ org })}
      />
      <Field
        id={id('notes')}
        label="Notes"
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
        <button type="button" class="small-button danger" onClick={() => props.onRemove()}>
          Remove {props.person.name}
        </button>
      </div>
    </fieldset>
  );
}

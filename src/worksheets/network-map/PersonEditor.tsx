import { For, onMount } from 'solid-js';
import type { Circle, Contact } from '../../workbook/model';
import { ContactFields, HowKnownField } from '../shared/ContactFields';

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
  // A new circle moves the editor to that circle's section: the cursor stays on the circle choice.
  onMount(() => (props.focus === 'circle' ? circleSelect : first)?.focus());
  return (
    <fieldset class="person-editor">
      <legend>Edit {props.person.name}</legend>
      <ContactFields
        person={props.person}
        id={id}
        onChange={props.onChange}
        onDone={props.onDone}
        nameRef={(el) => {
          first = el;
        }}
        orgHint="Where they work or study, or the kind of work they do."
        notesLabel="Notes"
        afterName={
          <>
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
            <HowKnownField person={props.person} id={id} onChange={props.onChange} label="How you know them" />
          </>
        }
        buttons={
          <button type="button" class="small-button danger" onClick={() => props.onRemove()}>
            Remove {props.person.name}
          </button>
        }
      />
    </fieldset>
  );
}

// The fields a person's editor shares on step 1's map and step 6's tracker: the name (saved only
// while it is valid), the organization, how you know them, the notes and the Done button. Each
// editor puts its own fields between them through the slots.
import { createSignal, type JSX } from 'solid-js';
import { nameProblem } from '../../workbook/contacts';
import { type Contact, MAX_NAME, MAX_TEXT } from '../../workbook/model';
import { Field } from './Field';

/** Props shared by the person fields: whose they are, their ids, and where a change goes. */
interface PersonFieldProps {
  person: Contact;
  /** The id of one part of the editor ("name", "org" …), unique on the page. */
  id: (part: string) => string;
  onChange: (patch: Partial<Contact>) => void;
}

/** Props of the shared fields of a person's editor. */
export interface ContactFieldsProps extends PersonFieldProps {
  /** Hint under "Organization or field", where the editor gives one. */
  orgHint?: string;
  notesLabel: string;
  /** Fields between the name and the organization. */
  afterName?: JSX.Element;
  /** Fields between the organization and the notes. */
  afterOrg?: JSX.Element;
  /** Buttons after Done. */
  buttons?: JSX.Element;
  onDone: () => void;
  /** Receives the name's input, for an editor that puts the cursor there. */
  nameRef?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
}

/** A person's name, organization and notes with the Done button; an emptied name is never saved. */
export function ContactFields(props: ContactFieldsProps) {
  // The name is saved only while it is valid, so an emptied field never erases the person.
  const [name, setName] = createSignal(props.person.name);
  return (
    <>
      <Field
        id={props.id('name')}
        label="Name"
        value={name()}
        maxLength={MAX_NAME}
        error={nameProblem(name())}
        onValue={(value) => {
          setName(value);
          if (!nameProblem(value)) props.onChange({ name: value });
        }}
        ref={(el) => props.nameRef?.(el)}
      />
      {props.afterName}
      <Field
        id={props.id('org')}
        label="Organization or field"
        optional
        hint={props.orgHint}
        value={props.person.org}
        maxLength={MAX_NAME}
        onValue={(org) => props.onChange({ org })}
      />
      {props.afterOrg}
      <Field
        id={props.id('notes')}
        label={props.notesLabel}
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
        {props.buttons}
      </div>
    </>
  );
}

/** "How you know them" (or the editor's own label): where the student met this person. */
export function HowKnownField(props: PersonFieldProps & { label: string }) {
  return (
    <Field
      id={props.id('how')}
      label={props.label}
      optional
      value={props.person.howKnown}
      maxLength={MAX_TEXT}
      onValue={(howKnown) => props.onChange({ howKnown })}
    />
  );
}

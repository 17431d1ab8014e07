import { createSignal, For } from 'solid-js';
import { announce } from '../../../scripts/announce';
import { updateWorkbook } from '../../../workbook/client';
import { MAX_NAME, type Profile } from '../../../workbook/model';
import { Field } from '../Field';
import { useWorkbookData } from '../use-workbook';
import { type CheckedField, profileProblem } from './checks';
import { setProfile } from './profile';
import { DEFAULT_SIGN_OFF, GREETINGS, greetingOf } from './signature';

/** One text field of the form: its key, label, hint, and what the browser may fill in. */
interface TextField {
  key: Exclude<keyof Profile, 'greeting'>;
  label: string;
  hint?: string;
  type?: 'email' | 'url';
  autocomplete?: string;
}

const NAME: readonly TextField[] = [
  { key: 'firstName', label: 'First name', autocomplete: 'given-name' },
  { key: 'lastName', label: 'Last name', autocomplete: 'family-name' },
];
const STUDIES: readonly TextField[] = [
  { key: 'school', label: 'School', hint: 'For example: Riverside College.' },
  { key: 'year', label: 'Year of study', hint: 'For example: second-year, final-year or junior.' },
  { key: 'fieldOfStudy', label: 'Field of study', hint: 'For example: environmental science.' },
];
const CONTACT: readonly TextField[] = [
  {
    key: 'email',
    label: 'Email address',
    hint: 'Kept with your workbook, so your details are in one place.',
    type: 'email',
    autocomplete: 'email',
  },
  {
    key: 'linkedIn',
    label: 'LinkedIn profile address',
    hint: 'For example: https://www.linkedin.com/in/your-name. It goes under your name in emails.',
    type: 'url',
    autocomplete: 'url',
  },
];

/**
 * "About you", asked once for every worksheet: name, studies, email and LinkedIn address, and how
 * messages start and end. Each change is saved as typed; an email or LinkedIn address that does not
 * look right is kept, with the reason in words once the student leaves the field. Fetched when a
 * worksheet's "About you" part is first opened.
 */
export default function AboutYouForm(props: { id: string }) {
  const data = useWorkbookData();
  const profile = () => data().profile;
  const save = (patch: Partial<Profile>) => updateWorkbook((d) => setProfile(d, patch));
  // An address that looks wrong shows its message, except while it is first being typed: then it
  // waits until the student leaves the field (and stays while they fix it).
  const [left, setLeft] = createSignal<Partial<Record<CheckedField, boolean>>>({});
  const [focused, setFocused] = createSignal<CheckedField>();
  const checked = (key: TextField['key']): key is CheckedField => key === 'email' || key === 'linkedIn';
  const problem = (key: TextField['key']) =>
    checked(key) && (left()[key] || focused() !== key) ? profileProblem(key, profile()[key]) : undefined;
  const leave = (key: CheckedField) => {
    setFocused(undefined);
    setLeft((l) => ({ ...l, [key]: true }));
    const message = profileProblem(key, profile()[key]);
    if (message) announce(message);
  };
  const field = (f: TextField) => (
    <Field
      id={`${props.id}-${f.key}`}
      label={f.label}
      hint={f.hint}
      type={f.type}
      autocomplete={f.autocomplete}
      maxLength={MAX_NAME}
      value={profile()[f.key]}
      error={problem(f.key)}
      onValue={(v) => save({ [f.key]: v })}
      ref={(el) => {
        const key = f.key;
        if (!checked(key)) return;
        el.addEventListener('focus', () => setFocused(key));
        el.addEventListener('blur', () => leave(key));
      }}
    />
  );
  return (
    <div class="about-you-form">
      <p class="hint">
        Asked once, used by every worksheet. Fill in only what you want to use. It stays in this browser, like the rest
        of your workbook.
      </p>
      <For each={NAME}>{field}</For>
      <For each={STUDIES}>{field}</For>
      <For each={CONTACT}>{field}</For>
      <fieldset class="ay-greeting">
        <legend>How your messages start</legend>
        <p class="hint">The person’s name follows: “Hello Sam Lee,” in emails, “Hello Sam,” on LinkedIn.</p>
        <For each={GREETINGS}>
          {(greeting) => (
            <div class="choice">
              <input
                type="radio"
                name={`${props.id}-greeting`}
                id={`${props.id}-greeting-${greeting.toLowerCase()}`}
                value={greeting}
                checked={greetingOf(profile()) === greeting}
                onChange={() => save({ greeting })}
              />
              <label for={`${props.id}-greeting-${greeting.toLowerCase()}`}>{greeting}</label>
            </div>
          )}
        </For>
      </fieldset>
      {field({
        key: 'signOff',
        label: 'How your messages end',
        hint: `For example: Kind regards, or Thank you. Left empty, “${DEFAULT_SIGN_OFF}” is used. Your name goes under it.`,
      })}
    </div>
  );
}

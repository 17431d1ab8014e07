import { createSignal, Show } from 'solid-js';
import { MAX_NAME } from '../../workbook/model';
import { changesOnDemand } from '../shared/changes-on-demand';
import { Field } from '../shared/Field';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import type { OwnPlaceErrors, PlaceKind, PlaceOptions } from './places';

/**
 * Step 2, the form that adds a place of the student's own: an island of its own below the places
 * (see PlacesWorksheet.astro). The new place shows in its list, marked to try.
 */
export default function PlacesAdd(props: PlaceOptions) {
  // Starts the workbook as every island does, so that it stands on its own (it shows none of it).
  useWorkbookData();
  const [name, setName] = createSignal('');
  const [kind, setKind] = createSignal<PlaceKind>();
  const [errors, setErrors] = createSignal<OwnPlaceErrors>({});
  let nameInput: HTMLInputElement | HTMLTextAreaElement | undefined;

  // What adds a place (add-place.ts) is fetched when the student first reaches the form, or at the
  // first "Add place"; a place added before it arrives is added then.
  const adding = changesOnDemand(() => import('./add-place'));

  /** Adds the place as typed when "Add place" was pressed, then puts the cursor where it belongs. */
  const add = (m: typeof import('./add-place'), typed: string, chosen: PlaceKind | undefined) => {
    const problems = m.addPlace({ campus: props.campus, outside: props.outside }, typed, chosen);
    setErrors(problems ?? {});
    if (problems) {
      if (problems.name) nameInput?.focus();
      else document.getElementById('pl-new-kind-campus')?.focus();
      return;
    }
    setName('');
    if (nameInput) nameInput.value = '';
    nameInput?.focus();
  };
  const submit = () => {
    const typed = name();
    const chosen = kind();
    adding.use((m) => add(m, typed, chosen));
  };

  /** One choice of where the place is. */
  const KindChoice = (choice: { kind: PlaceKind; label: string }) => (
    <div class="choice">
      <input
        type="radio"
        name="pl-new-kind"
        id={`pl-new-kind-${choice.kind}`}
        value={choice.kind}
        checked={kind() === choice.kind}
        onChange={() => {
          setKind(choice.kind);
          setErrors({ ...errors(), kind: undefined });
        }}
      />
      <label for={`pl-new-kind-${choice.kind}`}>{choice.label}</label>
    </div>
  );

  return (
    <fieldset class="add-place no-print" onFocusIn={adding.prefetch}>
      <legend>Add a place of your own</legend>
      <Show when={adding.failed()}>
        <LoadProblem what="changes to your places" />
      </Show>
      <Field
        id="pl-new-name"
        label="Name of the place or event"
        hint="For example: a photography club, a hackathon, a talk at the public library."
        value={name()}
        onValue={(v) => {
          setName(v);
          if (errors().name) setErrors({ ...errors(), name: undefined });
        }}
        error={errors().name}
        maxLength={MAX_NAME}
        ref={(el) => {
          nameInput = el;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
      <fieldset
        class={`kind-choice${errors().kind ? ' field-error' : ''}`}
        aria-describedby={errors().kind ? 'pl-new-kind-error' : undefined}
      >
        <legend>Where is it?</legend>
        <Show when={errors().kind}>
          <p class="error-message" id="pl-new-kind-error">
            <span class="sr-only">Error: </span>
            {errors().kind}
          </p>
        </Show>
        <KindChoice kind="campus" label="On campus" />
        <KindChoice kind="outside" label="Outside campus" />
      </fieldset>
      <button type="button" class="button" onClick={submit}>
        Add place
      </button>
    </fieldset>
  );
}

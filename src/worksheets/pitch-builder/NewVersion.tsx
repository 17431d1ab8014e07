import { createSignal, For } from 'solid-js';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import { PITCH_AUDIENCES, type PitchAudience, type Workbook } from '../../workbook/model';
import type { AudienceWords } from './audience-words';
import { suggestName } from './audiences';
import { createVersionName } from './VersionName';

/** Props of the form that starts a new version. */
export interface NewVersionProps {
  doc: Workbook;
  /** The hint under each audience and the name it suggests (audience-words.ts, handed over by the frame). */
  words: AudienceWords;
  /** True when the student has no version yet: the button says "Create your first pitch". */
  first: boolean;
  /** Tries to create the version, then calls `done` with a message in words when it could not. */
  onCreate: (input: { name: string; audience: PitchAudience }, done: (problem: string | undefined) => void) => void;
  onCancel?: () => void;
}

/** The first audience with no version yet, so each new version suggests a new audience. */
function freeAudience(doc: Workbook): PitchAudience {
  return PITCH_AUDIENCES.find((a) => !doc.pitches.some((p) => p.audience === a)) ?? 'own';
}

/** Chooses who a new version is for and its name; choosing an audience suggests a name. */
export function NewVersion(props: NewVersionProps) {
  const [audience, setAudience] = createSignal<PitchAudience>(freeAudience(props.doc));
  // The typed name, or undefined while the student keeps the suggestion.
  const [typed, setTyped] = createSignal<string>();
  const name = () => typed() ?? suggestName(props.doc, audience(), props.words.names);
  const nameField = createVersionName(() => submit());

  const submit = () =>
    props.onCreate({ name: name(), audience: audience() }, (problem) => {
      nameField.refuse(problem);
      if (problem) return;
      setTyped(undefined);
      setAudience(freeAudience(props.doc));
    });

  return (
    <fieldset class="pb-new no-print">
      <legend>{props.first ? 'Start your first pitch' : 'Add a version for another audience'}</legend>
      <fieldset class="pb-audiences">
        <legend>Who is it for?</legend>
        <For each={PITCH_AUDIENCES}>
          {(value) => {
            // Each choice's ids and value are fixed: written once, not kept in step.
            const id = `pb-new-${value}`;
            const hintId = `${id}-hint`;
            return (
              <div class="choice">
                <input
                  type="radio"
                  name="pb-new-audience"
                  id={id}
                  value={value}
                  checked={audience() === value}
                  aria-describedby={hintId}
                  onChange={() => setAudience(value)}
                />
                <div>
                  <label for={id}>{AUDIENCE_LABELS[value]}</label>
                  <p class="pb-choice-hint" id={hintId}>
                    {props.words.hints[value]}
                  </p>
                </div>
              </div>
            );
          }}
        </For>
      </fieldset>
      <nameField.Field
        id="pb-new-name"
        label="Name of this version"
        hint="We suggest a name from the audience. Change it if you like."
        value={name()}
        onValue={setTyped}
      />
      <div class="button-row">
        <button type="button" class="button" onClick={submit}>
          {props.first ? 'Create your first pitch' : 'Create this version'}
        </button>
        {props.onCancel && (
          <button type="button" class="button secondary" onClick={() => props.onCancel?.()}>
            Cancel
          </button>
        )}
      </div>
    </fieldset>
  );
}

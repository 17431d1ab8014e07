import { createSignal, For, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import type { Pitch } from '../../workbook/model';
import { pitchStart } from '../shared/about-you/pitch-start';
import { changesOnDemand } from '../shared/changes-on-demand';
import { LoadProblem, onDemand } from '../shared/on-demand';
import type { PartGuide } from '../shared/pitch/part-guides';
import { composePitch } from '../shared/pitch/parts';
import { countWords, wordsText } from '../shared/pitch/words';
import { UndoBar } from '../shared/UndoBar';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import type { AudienceWords } from './audience-words';
import { updatePitch } from './audiences';
import { NewVersion, type NewVersionProps } from './NewVersion';
import { PitchEditor } from './PitchEditor';
import { PrintPitches } from './PrintPitches';

/** Moves focus to an element once the screen has been redrawn. */
export function focusSoon(selector: string): void {
  queueMicrotask(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** The worksheet's guiding words, drawn by the frame (PitchBuilderWorksheet.astro) and handed over as props. */
export interface PitchBuilderProps {
  /** The label and hint of each part of the pitch. */
  parts: readonly PartGuide[];
  /** The hint under each audience of a new version and the name it suggests. */
  audienceWords: AudienceWords;
}

/** Step 4 worksheet: versions of the elevator pitch, built in four parts, with a word budget and a practice timer. */
export default function PitchBuilder(props: PitchBuilderProps) {
  // Plain data: this page needs no store (a few pitches; filling a store would walk every person once).
  const doc = useWorkbookData();
  const [selectedId, setSelectedId] = createSignal<string>();
  const [adding, setAdding] = createSignal(false);
  const [practising, setPractising] = createSignal(false);
  // Practice mode is fetched when the student first opens it.
  const practiceMode = onDemand(() => import('./PracticeMode').then((m) => m.PracticeMode));

  const selected = (): Pitch | undefined => {
    const pitches = doc().pitches;
    return pitches.find((p) => p.id === selectedId()) ?? pitches[0];
  };
  const choose = (id: string) => {
    setSelectedId(id);
    setPractising(false);
  };

  // What the buttons do (version-actions.tsx) is fetched when the student first reaches the
  // worksheet's fields or buttons, or at the first click; a click made before it arrives acts then.
  const {
    now: actions,
    use: act,
    prefetch,
    failed,
  } = changesOnDemand(() =>
    import('./version-actions').then((m) =>
      m.createVersionActions({ doc, selected, choose, created: () => setAdding(false) }),
    ),
  );

  // Both forms of a new version create it the same way.
  const create: NewVersionProps['onCreate'] = (input, done) => act((a) => done(a.create(input)));

  return (
    <div class="pitch-builder" onFocusIn={prefetch}>
      <WorkbookStatus />
      <UndoBar
        message={actions()?.removedMessage()}
        onUndo={() => actions()?.undo()}
        onDismiss={() => actions()?.dismiss()}
      />
      <Show when={failed()}>
        <LoadProblem what="pitch builder’s buttons" />
      </Show>
      <Show when={selected()} fallback={<NewVersion doc={doc()} words={props.audienceWords} first onCreate={create} />}>
        {(pitch) => (
          <Show
            when={!practising()}
            fallback={
              <Show when={practiceMode()} keyed>
                {(PracticeMode) => <PracticeMode pitch={pitch()} onClose={() => setPractising(false)} />}
              </Show>
            }
          >
            <fieldset class="pb-versions no-print">
              <legend>Your versions</legend>
              <For each={doc().pitches}>
                {(p) => {
                  // A changed version is a new object and a new row: its id and name are written once.
                  const { id, name, audience } = p;
                  const inputId = `pb-v-${id}`;
                  return (
                    <div class="choice">
                      <input
                        type="radio"
                        name="pb-version"
                        id={inputId}
                        value={id}
                        checked={id === pitch().id}
                        onChange={() => choose(id)}
                      />
                      <label for={inputId}>
                        {`${name || 'Untitled pitch'} `}
                        <span class="pb-version-meta">{`(${AUDIENCE_LABELS[audience]}, ${wordsText(countWords(composePitch(p)))})`}</span>
                      </label>
                    </div>
                  );
                }}
              </For>
            </fieldset>
            <Show
              when={adding()}
              fallback={
                <button
                  type="button"
                  class="small-button pb-add"
                  onClick={() => {
                    setAdding(true);
                    focusSoon('.pb-new input:checked');
                  }}
                >
                  Add a version for another audience
                </button>
              }
            >
              <NewVersion
                doc={doc()}
                words={props.audienceWords}
                first={false}
                onCreate={create}
                onCancel={() => {
                  setAdding(false);
                  focusSoon('.pb-add');
                }}
              />
            </Show>
            <PitchEditor
              pitch={pitch()}
              parts={props.parts}
              start={pitchStart(doc().profile)}
              actions={actions()}
              act={act}
              onChange={(patch) => updateWorkbook((d) => updatePitch(d, pitch().id, patch, new Date()))}
              onPractice={() => setPractising(true)}
            />
          </Show>
        )}
      </Show>
      <PrintPitches pitches={doc().pitches} />
    </div>
  );
}

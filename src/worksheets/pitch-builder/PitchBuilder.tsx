import { createSignal, For, Show } from 'solid-js';
import { groupDigits } from '../../lib/group-digits';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import { MAX_TEXT, type Pitch } from '../../workbook/model';
import { pitchStart } from '../shared/about-you/pitch-start';
import { onDemand } from '../shared/on-demand';
import { composePitch } from '../shared/pitch/parts';
import { countWords, wordsText } from '../shared/pitch/words';
import { tryChange } from '../shared/try-change';
import { UndoBar } from '../shared/UndoBar';
import { createUndoableRemove } from '../shared/undoable-remove';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { NewVersion } from './NewVersion';
import { PitchEditor } from './PitchEditor';
import { PrintPitches } from './PrintPitches';
import {
  createPitch,
  deletePitch,
  duplicatePitch,
  neighbourAfterDelete,
  renamePitch,
  restorePitch,
  updatePitch,
} from './versions';

/** Moves focus to an element once the screen has been redrawn. */
function focusSoon(selector: string): void {
  queueMicrotask(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** Step 4 worksheet: versions of the elevator pitch, built in four parts, with a word budget and a practice timer. */
export default function PitchBuilder() {
  // Plain data: this page needs no store (a few pitches; filling a store would walk every person once).
  const doc = useWorkbookData();
  const now = () => new Date();
  const [selectedId, setSelectedId] = createSignal<string>();
  const [adding, setAdding] = createSignal(false);
  const [practising, setPractising] = createSignal(false);
  const undoable = createUndoableRemove(updateWorkbook, restorePitch);
  const removed = undoable.removed;
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

  const create = (input: Pick<Pitch, 'name' | 'audience'>): string | undefined => {
    let id: string | undefined;
    const problem = tryChange(
      updateWorkbook,
      (d) => createPitch(d, input, now()),
      (r) => {
        id = r.id;
      },
    );
    if (problem || !id) return problem;
    choose(id);
    setAdding(false);
    const next = selected()?.now
      ? 'Its first part starts from About you: edit it as you like.'
      : 'Write its first part now.';
    announce(`Created the version ${selected()?.name}. ${next}`);
    focusSoon('#pb-now');
    return undefined;
  };

  const rename = (id: string, name: string): string | undefined =>
    tryChange(updateWorkbook, (d) => renamePitch(d, id, name, now()));

  const duplicate = (id: string) => {
    let copy: string | undefined;
    tryChange(
      updateWorkbook,
      (d) => duplicatePitch(d, id, now()),
      (r) => {
        copy = r.id;
      },
    );
    if (!copy) return;
    choose(copy);
    announce(`Made a copy called ${selected()?.name}. You are now editing the copy.`);
    focusSoon('#pb-editor-title');
  };

  const remove = (id: string) => {
    const info = undoable.remove((d) => deletePitch(d, id));
    if (!info) return;
    const next = neighbourAfterDelete(doc(), info.index);
    if (next) choose(next);
  };

  const undo = () => {
    const info = undoable.undo();
    if (!info) return;
    choose(info.pitch.id);
    announce(`${selected()?.name ?? 'The version'} is back.`);
    focusSoon('#pb-editor-title');
  };

  return (
    <div class="pitch-builder">
      <WorkbookStatus />
      <UndoBar
        message={removed() ? `Deleted the version ${removed()?.pitch.name || 'Untitled pitch'}.` : undefined}
        onUndo={undo}
        onDismiss={undoable.dismiss}
      />
      <Show when={selected()} fallback={<NewVersion doc={doc()} first onCreate={create} />}>
        {(pitch) => (
          <Show
            when={!practising()}
            fallback={
              <Show when={practiceMode()} keyed>
                {(PracticeMode) => (
                  <PracticeMode
                    name={pitch().name}
                    text={composePitch(pitch())}
                    onClose={() => {
                      setPractising(false);
                      focusSoon('#pb-practice-button');
                    }}
                  />
                )}
              </Show>
            }
          >
            <fieldset class="pb-versions no-print">
              <legend>Your versions</legend>
              <For each={doc().pitches}>
                {(p) => (
                  <div class="choice">
                    <input
                      type="radio"
                      name="pb-version"
                      id={`pb-v-${p.id}`}
                      value={p.id}
                      checked={p.id === pitch().id}
                      onChange={() => choose(p.id)}
                    />
                    <label for={`pb-v-${p.id}`}>
                      {p.name || 'Untitled pitch'}{' '}
                      <span class="pb-version-meta">
                        ({AUDIENCE_LABELS[p.audience]}, {wordsText(countWords(composePitch(p)))})
                      </span>
                    </label>
                  </div>
                )}
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
              start={pitchStart(doc().profile)}
              onChange={(patch) => updateWorkbook((d) => updatePitch(d, pitch().id, patch, now()))}
              onRename={(name) => rename(pitch().id, name)}
              onDuplicate={() => duplicate(pitch().id)}
              onDelete={() => remove(pitch().id)}
              onPractice={() => setPractising(true)}
            />
          </Show>
        )}
      </Show>
      <PrintPitches pitches={doc().pitches} />
      <p class="limit-note no-print">Each part can hold up to {groupDigits(MAX_TEXT)} characters.</p>
    </div>
  );
}

import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { copyText } from '../../scripts/clipboard';
import { MAX_TEXT, type Pitch, type PitchAudience } from '../../workbook/model';
import { AboutYouPart } from '../shared/about-you/AboutYouPart';
import { Field } from '../shared/Field';
import { composePitch, PARTS, type PartKey } from '../shared/pitch/parts';
import { LengthCheck } from './LengthCheck';
import { createVersionName } from './VersionName';
import { AUDIENCES } from './versions';

/** Props of the editor of one version. */
export interface PitchEditorProps {
  pitch: Pitch;
  /** A start for "Who you are now" from "About you" ('' when it says nothing), offered while that part is empty. */
  start: string;
  onChange: (patch: Partial<Pick<Pitch, PartKey | 'audience'>>) => void;
  /** Tries to rename the version; returns a message in words when it cannot. */
  onRename: (name: string) => string | undefined;
  onDuplicate: () => void;
  onDelete: () => void;
  onPractice: () => void;
}

/** Edits one version: its audience, its four parts, and shows the whole pitch with its length. */
export function PitchEditor(props: PitchEditorProps) {
  const [renaming, setRenaming] = createSignal(false);
  const [newName, setNewName] = createSignal('');
  const [copied, setCopied] = createSignal(false);
  const [fallback, setFallback] = createSignal(false);
  let renameButton: HTMLButtonElement | undefined;
  let fallbackArea: HTMLTextAreaElement | undefined;
  let copiedTimer: ReturnType<typeof setTimeout> | undefined;
  const text = () => composePitch(props.pitch);

  // Another version was chosen: close what belonged to the previous one.
  createEffect(
    on(
      () => props.pitch.id,
      () => {
        setRenaming(false);
        setFallback(false);
        setCopied(false);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(copiedTimer));

  const closeRename = () => {
    setRenaming(false);
    queueMicrotask(() => renameButton?.focus());
  };
  const nameField = createVersionName(() => saveRename(), closeRename);
  const startRename = () => {
    setNewName(props.pitch.name);
    nameField.refuse(undefined);
    setRenaming(true);
    queueMicrotask(nameField.focus);
  };
  const saveRename = () => {
    const problem = props.onRename(newName());
    nameField.refuse(problem);
    if (problem) return;
    announce(`Renamed to ${props.pitch.name}.`);
    closeRename();
  };

  // Only into an empty part: what the student typed is never written over.
  const takeStart = () => {
    if (props.pitch.now.trim()) return;
    props.onChange({ now: props.start });
    announce('Your pitch now starts with who you are. Edit it as you like.');
    queueMicrotask(() => document.getElementById('pb-now')?.focus());
  };

  const copy = async () => {
    if (await copyText(text())) {
      setFallback(false);
      setCopied(true);
      announce('Pitch copied.');
      clearTimeout(copiedTimer);
      copiedTimer = setTimeout(() => setCopied(false), 2000);
      return;
    }
    setFallback(true);
    queueMicrotask(() => {
      fallbackArea?.focus();
      fallbackArea?.select();
    });
  };

  return (
    <section class="pb-editor no-print" aria-labelledby="pb-editor-title">
      <div class="pb-editor-head">
        <h4 id="pb-editor-title" tabindex="-1">
          {props.pitch.name || 'Untitled pitch'}
        </h4>
        <div class="button-row">
          <button
            type="button"
            class="small-button"
            ref={renameButton}
            onClick={startRename}
            aria-expanded={renaming()}
          >
            Rename<span class="sr-only"> {props.pitch.name}</span>
          </button>
          <button type="button" class="small-button" onClick={() => props.onDuplicate()}>
            Duplicate<span class="sr-only"> {props.pitch.name}</span>
          </button>
          <button type="button" class="small-button danger" onClick={() => props.onDelete()}>
            Delete<span class="sr-only"> {props.pitch.name}</span>
          </button>
        </div>
      </div>

      <Show when={renaming()}>
        <div class="pb-rename">
          <nameField.Field
            id="pb-rename"
            label={`New name for ${props.pitch.name}`}
            value={newName()}
            onValue={setNewName}
          />
          <div class="button-row">
            <button type="button" class="small-button" onClick={saveRename}>
              Save name
            </button>
            <button type="button" class="small-button" onClick={closeRename}>
              Cancel
            </button>
          </div>
        </div>
      </Show>

      <div class="field">
        <label for="pb-audience">Who this version is for</label>
        <select
          id="pb-audience"
          value={props.pitch.audience}
          onChange={(e) => props.onChange({ audience: e.currentTarget.value as PitchAudience })}
        >
          <For each={AUDIENCES}>{(a) => <option value={a.value}>{a.label}</option>}</For>
        </select>
      </div>

      <AboutYouPart id="pb-ay" named="About you:" empty="About you: add your name and studies to start your pitch" />
      <fieldset class="pb-parts">
        <legend>Build your pitch in four parts</legend>
        <For each={PARTS}>
          {(part) => (
            <>
              <Field
                id={`pb-${part.key}`}
                label={part.label}
                hint={part.hint}
                multiline
                rows={3}
                value={props.pitch[part.key]}
                maxLength={MAX_TEXT}
                onValue={(v) => props.onChange({ [part.key]: v })}
              />
              <Show when={part.key === 'now' && !props.pitch.now.trim() && props.start}>
                <p class="pb-start">
                  A start from About you: “{props.start}”{' '}
                  <button type="button" class="small-button" onClick={takeStart}>
                    Start with this
                  </button>
                </p>
              </Show>
            </>
          )}
        </For>
      </fieldset>

      <section class="pb-result" aria-labelledby="pb-result-title">
        <h5 id="pb-result-title">Your pitch, as you would say it</h5>
        <LengthCheck text={text()} versionId={props.pitch.id} />
        <Show
          when={text()}
          fallback={<p class="pb-preview pb-empty">Your pitch appears here as you write the parts above.</p>}
        >
          <p class="pb-preview">{text()}</p>
          <div class="button-row">
            <button type="button" class="button" id="pb-practice-button" onClick={() => props.onPractice()}>
              Practice with a timer
            </button>
            <button type="button" class="button secondary" onClick={copy}>
              {copied() ? 'Copied' : 'Copy pitch'}
            </button>
          </div>
          <Show when={fallback()}>
            <div class="field pb-copy-fallback">
              <label for="pb-copy-text">
                Copying is blocked in this browser. Your pitch is selected here: press Control and C (Command and C on a
                Mac) to copy it.
              </label>
              <textarea id="pb-copy-text" readOnly rows={5} value={text()} ref={fallbackArea} />
            </div>
          </Show>
        </Show>
      </section>
    </section>
  );
}

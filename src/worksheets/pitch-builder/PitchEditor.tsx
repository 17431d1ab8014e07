import { createEffect, For, onCleanup, Show } from 'solid-js';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import { MAX_TEXT, PITCH_AUDIENCES, type Pitch, type PitchAudience } from '../../workbook/model';
import { AboutYouPart } from '../shared/about-you/AboutYouPart';
import { Field } from '../shared/Field';
import type { PartGuide } from '../shared/pitch/part-guides';
import { composePitch, type PartKey } from '../shared/pitch/parts';
import { LengthCheck } from './LengthCheck';
import type { VersionActions } from './version-actions';

/** Props of the editor of one version. */
export interface PitchEditorProps {
  pitch: Pitch;
  /** The label and hint of each part (part-guides.ts, handed over by the frame). */
  parts: readonly PartGuide[];
  /** A start for "Who you are now" from "About you" ('' when it says nothing), offered while that part is empty. */
  start: string;
  /** What the buttons do, once loaded (version-actions.tsx). */
  actions: VersionActions | undefined;
  /** Does something with the actions: at once when they are here, else once they have loaded. */
  act: (action: (ready: VersionActions) => void) => void;
  onChange: (patch: Partial<Pick<Pitch, PartKey | 'audience'>>) => void;
  onPractice: () => void;
}

/** Edits one version: its audience, its four parts, and shows the whole pitch with its length. */
export function PitchEditor(props: PitchEditorProps) {
  const text = () => composePitch(props.pitch);

  // Another version was chosen: close what belonged to the previous one (its rename field, its copy).
  createEffect((shown: string | undefined) => {
    const id = props.pitch.id;
    if (shown && shown !== id) props.actions?.close();
    return id;
  });
  // They belong to this editor too: they go when it does (practice mode).
  onCleanup(() => props.actions?.close());

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
            id="pb-rename-button"
            onClick={() => props.act((a) => a.rename())}
            aria-expanded={!!props.actions?.renaming()}
          >
            Rename<span class="sr-only">{` ${props.pitch.name}`}</span>
          </button>
          <button type="button" class="small-button" onClick={() => props.act((a) => a.duplicate(props.pitch.id))}>
            Duplicate<span class="sr-only">{` ${props.pitch.name}`}</span>
          </button>
          <button type="button" class="small-button danger" onClick={() => props.act((a) => a.remove(props.pitch.id))}>
            Delete<span class="sr-only">{` ${props.pitch.name}`}</span>
          </button>
        </div>
      </div>

      <Show when={props.actions?.RenameForm} keyed>
        {(RenameForm) => <RenameForm pitch={props.pitch} />}
      </Show>

      <div class="field">
        <label for="pb-audience">Who this version is for</label>
        <select
          id="pb-audience"
          value={props.pitch.audience}
          onChange={(e) => props.onChange({ audience: e.currentTarget.value as PitchAudience })}
        >
          <For each={PITCH_AUDIENCES}>{(value) => <option value={value}>{AUDIENCE_LABELS[value]}</option>}</For>
        </select>
      </div>

      <AboutYouPart id="pb-ay" named="About you:" empty="About you: add your name and studies to start your pitch" />
      <fieldset class="pb-parts">
        <legend>Build your pitch in four parts</legend>
        <For each={props.parts}>
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
                  <button
                    type="button"
                    class="small-button"
                    onClick={() => {
                      const start = props.start;
                      props.act((a) => a.takeStart(props.pitch, start, props.onChange));
                    }}
                  >
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
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                const pitch = text();
                props.act((a) => a.copy(pitch));
              }}
            >
              {props.actions?.copied() ? 'Copied' : 'Copy pitch'}
            </button>
          </div>
          <Show when={props.actions?.CopyFallback} keyed>
            {(CopyFallback) => <CopyFallback text={text()} />}
          </Show>
        </Show>
      </section>
    </section>
  );
}

// What the pitch builder's buttons do: create, rename, duplicate, delete and undo a version, take the
// start from About you, and copy the pitch. Loaded when the student first reaches the worksheet's
// fields or buttons (or at the first click), not with the worksheet: its first view needs none of it.
import { createSignal, onMount, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { copyText } from '../../scripts/clipboard';
import { updateWorkbook } from '../../workbook/client';
import type { Pitch, PitchAudience, Workbook } from '../../workbook/model';
import type { PartKey } from '../shared/pitch/parts';
import { tryChange } from '../shared/try-change';
import { createUndoableRemove } from '../shared/undoable-remove';
import { focusSoon } from './PitchBuilder';
import { createVersionName } from './VersionName';
import { createPitch, deletePitch, duplicatePitch, neighbourAfterDelete, renamePitch, restorePitch } from './versions';

/** What the actions need from the builder: the workbook, the version shown, and choosing one. */
export interface Builder {
  doc: () => Workbook;
  /** The version in the editor. */
  selected: () => Pitch | undefined;
  /** Shows a version in the editor. */
  choose: (id: string) => void;
  /** Closes the form of a new version once it is created. */
  created: () => void;
}

/** The field that renames a version, with Save and Cancel; the cursor starts in it. */
function RenameVersion(props: { pitch: Pitch; onClose: () => void }) {
  const [name, setName] = createSignal(props.pitch.name);
  const save = () => {
    const problem = tryChange(updateWorkbook, (d) => renamePitch(d, props.pitch.id, name(), new Date()));
    field.refuse(problem);
    if (problem) return;
    announce(`Renamed to ${props.pitch.name}.`);
    props.onClose();
  };
  const field = createVersionName(save, () => props.onClose());
  onMount(() => focusSoon('#pb-rename'));
  return (
    <div class="pb-rename">
      <field.Field id="pb-rename" label={`New name for ${props.pitch.name}`} value={name()} onValue={setName} />
      <div class="button-row">
        <button type="button" class="small-button" onClick={save}>
          Save name
        </button>
        <button type="button" class="small-button" onClick={() => props.onClose()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The pitch in a field, for copying by hand when the browser refuses to copy it. */
function CopyByHand(props: { text: string }) {
  return (
    <div class="field pb-copy-fallback">
      <label for="pb-copy-text">
        Copying is blocked in this browser. Your pitch is selected here: press Control and C (Command and C on a Mac) to
        copy it.
      </label>
      <textarea id="pb-copy-text" readOnly rows={5} value={props.text} />
    </div>
  );
}

/** The builder's actions on its versions, with the last deletion that "Undo" can bring back. */
export function createVersionActions(builder: Builder) {
  const undoable = createUndoableRemove(updateWorkbook, restorePitch);
  const now = () => new Date();
  const name = () => builder.selected()?.name;
  // How the editor shows a copy: "Copied" on its button for 2 s, or the pitch in a field to copy by hand.
  const [copied, setCopied] = createSignal(false);
  const [copyFallback, setCopyFallback] = createSignal(false);
  let copiedTimer: ReturnType<typeof setTimeout> | undefined;
  // Whether the editor shows the field that renames its version.
  const [renaming, setRenaming] = createSignal(false);
  const closeRename = () => {
    setRenaming(false);
    focusSoon('#pb-rename-button');
  };
  return {
    /** What the undo bar says after a deletion, until it is undone or dismissed. */
    removedMessage(): string | undefined {
      const removed = undoable.removed();
      return removed && `Deleted the version ${removed.pitch.name || 'Untitled pitch'}.`;
    },
    dismiss: undoable.dismiss,
    /** The field that renames the version in the editor, while open; closing it puts the cursor back on Rename. */
    RenameForm: (props: { pitch: Pitch }) => (
      <Show when={renaming()}>
        <RenameVersion pitch={props.pitch} onClose={closeRename} />
      </Show>
    ),
    /** True while the editor shows the field that renames its version. */
    renaming,
    /** Opens the field that renames the version in the editor. */
    rename: () => setRenaming(true),
    /** The pitch in a field to copy by hand, while the browser refuses to copy it. */
    CopyFallback: (props: { text: string }) => (
      <Show when={copyFallback()}>
        <CopyByHand text={props.text} />
      </Show>
    ),
    /** True for 2 s after the pitch was copied. */
    copied,
    /** Closes the rename field and forgets the last copy (another version was chosen, or the editor closed). */
    close(): void {
      setRenaming(false);
      clearTimeout(copiedTimer);
      setCopied(false);
      setCopyFallback(false);
    },

    /** Adds a version and opens it at its first part; returns the refusal in words. */
    create(input: { name: string; audience: PitchAudience }): string | undefined {
      let id: string | undefined;
      const problem = tryChange(
        updateWorkbook,
        (d) => createPitch(d, input, now()),
        (r) => {
          id = r.id;
        },
      );
      if (problem || !id) return problem;
      builder.choose(id);
      builder.created();
      const next = builder.selected()?.now
        ? 'Its first part starts from About you: edit it as you like.'
        : 'Write its first part now.';
      announce(`Created the version ${name()}. ${next}`);
      focusSoon('#pb-now');
      return undefined;
    },

    /** Copies a version and opens the copy. */
    duplicate(id: string): void {
      let copy: string | undefined;
      tryChange(
        updateWorkbook,
        (d) => duplicatePitch(d, id, now()),
        (r) => {
          copy = r.id;
        },
      );
      if (!copy) return;
      builder.choose(copy);
      announce(`Made a copy called ${name()}. You are now editing the copy.`);
      focusSoon('#pb-editor-title');
    },

    /** Deletes a version (the undo bar offers it back) and opens its neighbour. */
    remove(id: string): void {
      const info = undoable.remove((d) => deletePitch(d, id));
      if (!info) return;
      const next = neighbourAfterDelete(builder.doc(), info.index);
      if (next) builder.choose(next);
    },

    /** Brings back the version deleted last and opens it. */
    undo(): void {
      const info = undoable.undo();
      if (!info) return;
      builder.choose(info.pitch.id);
      announce(`${name() ?? 'The version'} is back.`);
      focusSoon('#pb-editor-title');
    },

    /** Puts the start from About you into an empty first part (never over what was typed), with the cursor in it. */
    takeStart(pitch: Pitch, start: string, change: (patch: Partial<Pick<Pitch, PartKey>>) => void): void {
      if (pitch.now.trim()) return;
      change({ now: start });
      announce('Your pitch now starts with who you are. Edit it as you like.');
      focusSoon('#pb-now');
    },

    /** Copies the pitch and says so, or shows it selected in a field when the browser refuses. */
    async copy(text: string): Promise<void> {
      if (await copyText(text)) {
        setCopyFallback(false);
        setCopied(true);
        clearTimeout(copiedTimer);
        copiedTimer = setTimeout(() => setCopied(false), 2000);
        announce('Pitch copied.');
        return;
      }
      setCopyFallback(true);
      queueMicrotask(() => {
        const area = document.querySelector<HTMLTextAreaElement>('#pb-copy-text');
        area?.focus();
        area?.select();
      });
    },
  };
}

/** The builder's actions, once loaded. */
export type VersionActions = ReturnType<typeof createVersionActions>;

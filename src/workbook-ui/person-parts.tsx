// What the student wrote about one person in step 5, as plain text with a link back to it: a
// preparation, notes from a talk. My workbook lists them for everyone; the person page shows one
// person's. Thin components; the words are in view-words.ts (a message is in MessagePart.tsx).
import { For, Show } from 'solid-js';
import { formatDay } from '../lib/format-day';
import { CHECKLIST_LABELS } from '../workbook/labels';
import type { Contact, InterviewNote, Prep } from '../workbook/model';
import { worksheetPath } from '../worksheets/addresses';
import { BANK_THEME_NAMES } from '../worksheets/question-theme-names';
import { Answer, BackLink, linkName } from './view-parts';
import { notesHeading, prepHeading } from './view-words';

/** A preparation to meet a person (step 5): pitch version, checklist and questions. */
export function PrepPart(props: { prep: Prep; name: string | undefined; pitchName: string }) {
  const p = () => props.prep;
  return (
    <>
      <h3>{prepHeading(props.name, p().meetingAt)}</h3>
      <Show when={props.pitchName}>
        <p>Pitch version: {props.pitchName}</p>
      </Show>
      <ul class="wb-list">
        <For each={Object.entries(CHECKLIST_LABELS)}>
          {([key, label]) => (
            <li>
              {p().checklist[key as keyof Prep['checklist']] ? 'Done: ' : 'Not yet: '}
              {label}
            </li>
          )}
        </For>
      </ul>
      <Show when={p().questions.length}>
        <h4>Questions to ask</h4>
        <ol class="wb-list">
          <For each={p().questions}>
            {(q) => (
              <li>
                {q.text} ({BANK_THEME_NAMES[q.theme]})
              </li>
            )}
          </For>
        </ol>
      </Show>
      <BackLink href={worksheetPath('interview-prep', p().contactId)}>
        Open the preparation to meet {linkName(props.name)}
      </BackLink>
    </>
  );
}

/** Notes from a talk with a person (step 5), with the people they suggested and the next steps. */
export function NotesPart(props: {
  note: InterviewNote;
  name: string | undefined;
  suggested: readonly Contact[] | undefined;
}) {
  const n = () => props.note;
  return (
    <>
      <h3>{notesHeading(props.name, n().date)}</h3>
      <Answer label="What you learned" text={n().learned} />
      <Answer label="How it fits your goals" text={n().fit} />
      <Answer label="What to explore next" text={n().explore} />
      <Show when={props.suggested?.length}>
        <h4>People they suggested</h4>
        <ul class="wb-list">
          <For each={props.suggested}>{(c) => <li>{c.name}</li>}</For>
        </ul>
      </Show>
      <Show when={n().nextSteps.length}>
        <h4>Next steps</h4>
        <ul class="wb-list">
          <For each={n().nextSteps}>
            {(step) => (
              <li>
                {step.done ? 'Done: ' : ''}
                {step.text}
                {step.due ? ` (by ${formatDay(step.due)})` : ''}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <BackLink href={worksheetPath('interview-notes', n().contactId)}>
        Open the notes from your talk with {linkName(props.name)}
      </BackLink>
    </>
  );
}

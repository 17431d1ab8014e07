// What the student wrote about one person in one worksheet, as plain text with a link back to it:
// a message, a preparation, notes from a talk, a thank-you. My workbook lists them for everyone;
// the person page shows one person's. Thin components; the words are in view-words.ts.
import { For, type JSX, Show } from 'solid-js';
import { formatDay } from '../lib/days';
import { CHECKLIST_LABELS } from '../workbook/labels';
import type { Contact, InterviewNote, Outreach, Prep, ThankYou } from '../workbook/model';
import { worksheetPath } from '../worksheets/addresses';
import { composeBody } from '../worksheets/outreach/email';
import { BANK_THEME_NAMES } from '../worksheets/question-bank';
import type { Signer } from '../worksheets/shared/about-you/signature';
import { composeThankYou } from '../worksheets/thank-you/compose';
import { messageHeading, notesHeading, prepHeading, thankYouHeading } from './view-words';

/** How the link back names a person: their name as saved, or words saying they are gone. */
const linkName = (name: string | undefined) => name ?? 'someone no longer on your list';

/** One step's part of a page: a section with the step and its title as heading (`id` names it). */
export function StepPart(props: { id: string; step: string; title: string; children: JSX.Element }) {
  return (
    <section class="wb-section" aria-labelledby={props.id}>
      <h2 id={props.id}>
        <span class="wb-step">{props.step}</span> {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** A labelled answer, shown only when it has text. */
export function Answer(props: { label: string; text: string }) {
  return (
    <Show when={props.text.trim()}>
      <div class="wb-answer">
        <h4>{props.label}</h4>
        <p>{props.text}</p>
      </div>
    </Show>
  );
}

/** A link into a worksheet, left out of print. */
export function BackLink(props: { href: string; children: JSX.Element }) {
  return (
    <p class="no-print">
      <a href={props.href}>{props.children}</a>
    </p>
  );
}

/**
 * A message drafted to a person (step 5), greeted and signed as the student's profile says
 * (`signer`); `name` is undefined when they are no longer on the list.
 */
export function MessagePart(props: { message: Outreach; name: string | undefined; signer: Signer }) {
  const o = () => props.message;
  return (
    <>
      <h3>{messageHeading(props.name, o().sentAt)}</h3>
      <Answer label="Subject" text={o().subject} />
      <Answer label="Message" text={composeBody(linkName(props.name), o(), props.signer)} />
      <BackLink href={worksheetPath('outreach', o().contactId)}>Open the message to {linkName(props.name)}</BackLink>
    </>
  );
}

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

/** A thank-you to a person (step 6), as the message reads, signed as the student's profile says. */
export function ThankYouPart(props: { thankYou: ThankYou; name: string | undefined; signer: Signer }) {
  const t = () => props.thankYou;
  return (
    <>
      <h3>{thankYouHeading(props.name, t().sentAt)}</h3>
      <p class="wb-notes">{composeThankYou(linkName(props.name), t(), props.signer)}</p>
      <BackLink href={worksheetPath('thank-you', t().contactId)}>Open the thank-you to {linkName(props.name)}</BackLink>
    </>
  );
}

// The pieces every part of My workbook and of the person page is made of: a step's section with its
// heading (on My workbook with the link to its worksheet), a labelled answer, a link back into a worksheet.
import { type JSX, Show } from 'solid-js';
import { worksheetPath } from '../worksheets/addresses';
import type { WorksheetId } from '../worksheets/registry';

/** How the link back names a person: their name as saved, or words saying they are gone. */
export const linkName = (name: string | undefined) => name ?? 'someone no longer on your list';

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

/** What one step's part of My workbook holds: its answers (or words saying there are none), then the link to its worksheet. */
export function StepBody(props: { title: string; worksheet: WorksheetId; empty: boolean; children: JSX.Element }) {
  return (
    <>
      <Show when={!props.empty} fallback={<p class="wb-empty">Nothing written yet.</p>}>
        {props.children}
      </Show>
      <p class="no-print">
        <a href={worksheetPath(props.worksheet)}>
          {props.empty ? 'Start' : 'Open'} this worksheet<span class="sr-only">: {props.title}</span>
        </a>
      </p>
    </>
  );
}

/** One step's part of My workbook (`#wb-<worksheet>`), with a link back to its worksheet. */
export function StepSection(props: {
  step: string;
  title: string;
  worksheet: WorksheetId;
  empty: boolean;
  children: JSX.Element;
}) {
  return (
    <StepPart id={`wb-${props.worksheet}`} step={props.step} title={props.title}>
      <StepBody title={props.title} worksheet={props.worksheet} empty={props.empty}>
        {props.children}
      </StepBody>
    </StepPart>
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

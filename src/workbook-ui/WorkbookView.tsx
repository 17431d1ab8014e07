import { createMemo, For, type JSX, Show } from 'solid-js';
import { formatDay, localDay } from '../lib/days';
import { goalSentenceOf } from '../workbook/goal-parts';
import { AUDIENCE_LABELS, CHECKLIST_LABELS, WANT_LABELS } from '../workbook/labels';
import { groupBy, indexById } from '../workbook/lookups';
import type { Workbook } from '../workbook/schema';
import { worksheetPath } from '../worksheets/addresses';
import { pageLang, routineWords } from '../worksheets/dashboard/routine';
import { goalWords, streakWords, weeklyStreak } from '../worksheets/dashboard/streak';
import { orgFacts, orgLabel, rankedOrganizations } from '../worksheets/goals/organizations';
import { topFiveOf } from '../worksheets/goals/priorities';
import { targetSentences } from '../worksheets/goals/targets';
import { groupByCircle } from '../worksheets/network-map/circles';
import { composeBody } from '../worksheets/outreach/email';
import { BANK_THEME_NAMES } from '../worksheets/question-bank';
import type { WorksheetId } from '../worksheets/registry';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { composeThankYou } from '../worksheets/thank-you/compose';
import { messageHeading, notesHeading, prepHeading, thankYouHeading, trackedLine } from './view-words';

/** One step's part of the workbook, with a link back to its worksheet. */
function StepSection(props: {
  step: string;
  title: string;
  worksheet: WorksheetId;
  empty: boolean;
  children: JSX.Element;
}) {
  return (
    <section class="wb-section" aria-labelledby={`wb-${props.worksheet}`}>
      <h2 id={`wb-${props.worksheet}`}>
        <span class="wb-step">{props.step}</span> {props.title}
      </h2>
      <Show when={!props.empty} fallback={<p class="wb-empty">Nothing written yet.</p>}>
        {props.children}
      </Show>
      <p class="no-print">
        <a href={worksheetPath(props.worksheet)}>
          {props.empty ? 'Start' : 'Open'} this worksheet<span class="sr-only">: {props.title}</span>
        </a>
      </p>
    </section>
  );
}

/** A labelled answer, shown only when it has text. */
function Answer(props: { label: string; text: string }) {
  return (
    <Show when={props.text.trim()}>
      <div class="wb-answer">
        <h4>{props.label}</h4>
        <p>{props.text}</p>
      </div>
    </Show>
  );
}

/**
 * Everything the student wrote, in step order, as plain text. `doc` is plain data (not a store):
 * people, places and pitches are found through maps by id. Long lists are drawn a part at a time,
 * as many per task as fit in about 10 ms, so 5,000 people never block the page; all of it is
 * there for printing.
 */
export function WorkbookView(props: { doc: Workbook }) {
  const d = () => props.doc;
  const contacts = createMemo(() => d().contacts);
  const people = createMemo(() => indexById(contacts()));
  const nameOf = (id: string) => people().get(id)?.name ?? 'someone no longer on your list';
  const metAt = createMemo(() => groupBy(contacts(), (c) => c.sourcePlaceId));
  const suggested = createMemo(() => groupBy(contacts(), (c) => c.referredBy));
  const pitches = createMemo(() => indexById(d().pitches));
  const today = localDay(new Date());
  /** People with a status beyond "not contacted", or a next contact date set. */
  const tracked = createMemo(() => contacts().filter((c) => c.status !== 'not-contacted' || c.nextContactAt));
  const pitchName = (id: string) => pitches().get(id)?.name ?? '';
  // Step 3's goal sentence, targets and ranked organizations (issue 14 item 2).
  const goals = createMemo(() => d().goals);
  const targets = createMemo(() => targetSentences(goals()));
  const orgs = createMemo(() => rankedOrganizations(goals()));
  const goalsEmpty = () => {
    const g = goals();
    return (
      !g.wants.length &&
      !g.fields.trim() &&
      !g.organizations.trim() &&
      !g.questions.trim() &&
      !goalSentenceOf(g).trim() &&
      !targets().length &&
      !orgs().length
    );
  };
  const rated = createMemo(() => contacts().filter((c) => c.motivation || c.relevance || c.topFive));
  const chosen = createMemo(() => topFiveOf(contacts()));
  const groups = createMemo(() => groupByCircle(d()).filter((g) => g.people.length));
  const thankYous = createMemo(() =>
    d().thankYous.filter((t) => t.learned.trim() || t.action.trim() || t.thanks.trim()),
  );
  const longest = () =>
    Math.max(
      ...groups().map((g) => g.people.length),
      d().places.length,
      d().outreach.length,
      d().preps.length,
      d().interviews.length,
      tracked().length,
      thankYous().length,
      orgs().length,
    );
  const limit = createGrowingLimit(longest, 10);
  const routine = () => d().routine;
  const streak = createMemo(() => weeklyStreak(contacts(), routine().goal, today));
  const part = <T,>(items: readonly T[]) => (items.length > limit() ? items.slice(0, limit()) : items);
  return (
    <div class="wb-view">
      <StepSection step="Step 1" title="Your network map" worksheet="network-map" empty={!d().contacts.length}>
        <For each={groups()}>
          {(group) => (
            <>
              <h3>
                {group.name} ({group.people.length})
              </h3>
              <ul class="wb-list">
                <For each={part(group.people)}>
                  {(p) => (
                    <li>
                      <strong>{p.name}</strong>
                      <Show when={p.howKnown || p.org}>
                        {' — '}
                        {[p.howKnown, p.org].filter(Boolean).join(' · ')}
                      </Show>
                      <Show when={p.notes}>
                        <p class="wb-notes">{p.notes}</p>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </For>
      </StepSection>

      <StepSection step="Step 2" title="Places to meet people" worksheet="places-to-meet" empty={!d().places.length}>
        <ul class="wb-list">
          <For each={part(d().places)}>
            {(place) => (
              <li>
                <strong>{place.name}</strong>
                {place.tryIt ? ' — to try' : ''}
                {place.date ? ` (${formatDay(place.date)})` : ''}
                <Show when={place.notes}>
                  <p class="wb-notes">{place.notes}</p>
                </Show>
                <Show when={metAt().get(place.id)}>
                  {(met) => (
                    <p class="wb-notes">
                      People met there:{' '}
                      {met()
                        .map((c) => c.name)
                        .join(', ')}
                    </p>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </StepSection>

      <StepSection step="Step 3" title="Your goals" worksheet="goals" empty={goalsEmpty() && !rated().length}>
        <Show when={d().goals.wants.length}>
          <h3>What you want</h3>
          <ul class="wb-list">
            <For each={d().goals.wants}>{(w) => <li>{WANT_LABELS[w]}</li>}</For>
          </ul>
        </Show>
        <Answer label="Your main goal" text={goalSentenceOf(d().goals)} />
        <Show when={targets().length}>
          <h3>Your targets</h3>
          <ul class="wb-list">
            <For each={targets()}>{(t) => <li>{t}</li>}</For>
          </ul>
        </Show>
        <Answer label="Fields that interest you" text={d().goals.fields} />
        <Answer label="Questions you want answered" text={d().goals.questions} />
        <Show when={chosen().length}>
          <h3>Your top five to contact first</h3>
          <ol class="wb-list">
            <For each={chosen()}>{(c) => <li>{c.name}</li>}</For>
          </ol>
        </Show>
        <Show when={orgs().length}>
          <h3>Organizations, ranked</h3>
          <ol class="wb-list">
            <For each={part(orgs())}>
              {(o) => (
                <li>
                  <strong>{orgLabel(o)}</strong> — {orgFacts(o)}
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Answer label="Notes on organizations" text={d().goals.organizations} />
      </StepSection>

      <StepSection step="Step 4" title="Your elevator pitches" worksheet="pitch-builder" empty={!d().pitches.length}>
        <For each={d().pitches}>
          {(pitch) => (
            <>
              <h3>
                {pitch.name || 'Untitled pitch'} ({AUDIENCE_LABELS[pitch.audience]})
              </h3>
              <p class="wb-notes">
                {[pitch.now, pitch.past, pitch.future, pitch.ask].filter((t) => t.trim()).join(' ')}
              </p>
            </>
          )}
        </For>
      </StepSection>

      <StepSection
        step="Step 5"
        title="Outreach and interviews"
        worksheet="outreach"
        empty={!d().outreach.length && !d().preps.length && !d().interviews.length}
      >
        <For each={part(d().outreach)}>
          {(o) => (
            <>
              <h3>{messageHeading(people().get(o.contactId)?.name, o.sentAt)}</h3>
              <Answer label="Subject" text={o.subject} />
              <Answer label="Message" text={composeBody(nameOf(o.contactId), o)} />
              <p class="no-print">
                <a href={worksheetPath('outreach', o.contactId)}>Open the message to {nameOf(o.contactId)}</a>
              </p>
            </>
          )}
        </For>
        <For each={part(d().preps)}>
          {(p) => (
            <>
              <h3>{prepHeading(people().get(p.contactId)?.name, p.meetingAt)}</h3>
              <Show when={pitchName(p.pitchId)}>
                <p>Pitch version: {pitchName(p.pitchId)}</p>
              </Show>
              <ul class="wb-list">
                <For each={Object.entries(CHECKLIST_LABELS)}>
                  {([key, label]) => (
                    <li>
                      {p.checklist[key as keyof typeof p.checklist] ? 'Done: ' : 'Not yet: '}
                      {label}
                    </li>
                  )}
                </For>
              </ul>
              <Show when={p.questions.length}>
                <h4>Questions to ask</h4>
                <ol class="wb-list">
                  <For each={p.questions}>
                    {(q) => (
                      <li>
                        {q.text} ({BANK_THEME_NAMES[q.theme]})
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
              <p class="no-print">
                <a href={worksheetPath('interview-prep', p.contactId)}>
                  Open the preparation to meet {nameOf(p.contactId)}
                </a>
              </p>
            </>
          )}
        </For>
        <For each={part(d().interviews)}>
          {(n) => (
            <>
              <h3>{notesHeading(people().get(n.contactId)?.name, n.date)}</h3>
              <Answer label="What you learned" text={n.learned} />
              <Answer label="How it fits your goals" text={n.fit} />
              <Answer label="What to explore next" text={n.explore} />
              <Show when={suggested().get(n.contactId)}>
                {(names) => (
                  <>
                    <h4>People they suggested</h4>
                    <ul class="wb-list">
                      <For each={names()}>{(c) => <li>{c.name}</li>}</For>
                    </ul>
                  </>
                )}
              </Show>
              <Show when={n.nextSteps.length}>
                <h4>Next steps</h4>
                <ul class="wb-list">
                  <For each={n.nextSteps}>
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
              <p class="no-print">
                <a href={worksheetPath('interview-notes', n.contactId)}>
                  Open the notes from your talk with {nameOf(n.contactId)}
                </a>
              </p>
            </>
          )}
        </For>
      </StepSection>

      <StepSection
        step="Step 6"
        title="Follow-ups and thank-yous"
        worksheet="contact-tracker"
        empty={!d().thankYous.length && !tracked().length}
      >
        <ul class="wb-list">
          <For each={part(tracked())}>
            {(c) => (
              <li>
                <strong>{c.name}</strong>: {trackedLine(c, today)}
              </li>
            )}
          </For>
        </ul>
        <For each={part(thankYous())}>
          {(t) => (
            <>
              <h3>{thankYouHeading(people().get(t.contactId)?.name, t.sentAt)}</h3>
              <p class="wb-notes">{composeThankYou(nameOf(t.contactId), t)}</p>
              <p class="no-print">
                <a href={worksheetPath('thank-you', t.contactId)}>Open the thank-you to {nameOf(t.contactId)}</a>
              </p>
            </>
          )}
        </For>
      </StepSection>

      <StepSection
        step="Step 7"
        title="Your weekly routine"
        worksheet="dashboard"
        empty={!routine().day && !routine().time && !routine().goal}
      >
        <Show when={routineWords(routine(), pageLang())}>
          {(words) => (
            <>
              <h3>Your weekly networking time</h3>
              <p>{words()}</p>
            </>
          )}
        </Show>
        <Show when={routine().goal}>
          <h3>Your weekly goal</h3>
          <p>
            {goalWords(routine().goal)} <Show when={streak()}>{(s) => streakWords(s())}</Show>
          </p>
        </Show>
      </StepSection>
    </div>
  );
}

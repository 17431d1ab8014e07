import { createMemo, For, type JSX, Show } from 'solid-js';
import { formatDay, localDay } from '../lib/days';
import { goalSentenceOf } from '../workbook/goal-parts';
import { AUDIENCE_LABELS, WANT_LABELS } from '../workbook/labels';
import { groupBy, indexById } from '../workbook/lookups';
import type { Workbook } from '../workbook/schema';
import { worksheetPath } from '../worksheets/addresses';
import { orgFacts, orgLabel, rankedOrganizations } from '../worksheets/goals/organizations';
import { targetSentences } from '../worksheets/goals/targets';
import { groupByCircle } from '../worksheets/network-map/circles';
import type { WorksheetId } from '../worksheets/registry';
import { AboutYouPart } from '../worksheets/shared/about-you/AboutYouPart';
import { profileLines } from '../worksheets/shared/about-you/profile';
import { PersonPageLink } from '../worksheets/shared/PersonPageLink';
import { topFiveOf } from '../worksheets/shared/priorities/priorities';
import { createGrowingLimit } from '../worksheets/shared/ramp';
import { pageLang, routineWords } from '../worksheets/shared/routine/routine';
import { goalWords, streakWords, weeklyStreak } from '../worksheets/shared/routine/streak';
import { Answer, MessagePart, NotesPart, PrepPart, StepPart, ThankYouPart } from './person-parts';
import { trackedLine } from './view-words';

/** One step's part of the workbook, with a link back to its worksheet. */
function StepSection(props: {
  step: string;
  title: string;
  worksheet: WorksheetId;
  empty: boolean;
  children: JSX.Element;
}) {
  return (
    <StepPart id={`wb-${props.worksheet}`} step={props.step} title={props.title}>
      <Show when={!props.empty} fallback={<p class="wb-empty">Nothing written yet.</p>}>
        {props.children}
      </Show>
      <p class="no-print">
        <a href={worksheetPath(props.worksheet)}>
          {props.empty ? 'Start' : 'Open'} this worksheet<span class="sr-only">: {props.title}</span>
        </a>
      </p>
    </StepPart>
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
  const about = createMemo(() => profileLines(d().profile));
  return (
    <div class="wb-view">
      <section class="wb-about" aria-labelledby="wb-about-you">
        <h2 id="wb-about-you">About you</h2>
        <Show
          when={about().length}
          fallback={<p class="wb-empty">Nothing written yet. Your name signs the messages the worksheets write.</p>}
        >
          <ul class="wb-list">
            <For each={about()}>
              {([label, text]) => (
                <li>
                  <strong>{label}:</strong> {text}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <div class="worksheet wb-about-you no-print">
          <AboutYouPart id="wb-ay" named="About you:" empty="Fill in About you" />
        </div>
      </section>

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
                      <p class="no-print wb-person-link">
                        <PersonPageLink id={p.id} name={p.name} />
                      </p>
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
          {(o) => <MessagePart message={o} name={people().get(o.contactId)?.name} signer={d().profile} />}
        </For>
        <For each={part(d().preps)}>
          {(p) => <PrepPart prep={p} name={people().get(p.contactId)?.name} pitchName={pitchName(p.pitchId)} />}
        </For>
        <For each={part(d().interviews)}>
          {(n) => (
            <NotesPart note={n} name={people().get(n.contactId)?.name} suggested={suggested().get(n.contactId)} />
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
          {(t) => <ThankYouPart thankYou={t} name={people().get(t.contactId)?.name} signer={d().profile} />}
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

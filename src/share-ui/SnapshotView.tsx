import { For, type JSX, Show } from 'solid-js';
import { formatDay } from '../lib/days';
import type { Snapshot } from '../share/snapshot-schema';
import {
  dueWords,
  GOAL_LABELS,
  GOAL_LIST_TITLES,
  NOTE_LABELS,
  namesText,
  noteTitle,
  orgLine,
  PART_TITLES,
  PLAN_STATE_WORDS,
  pitchText,
  pitchTitle,
  planDoneText,
  sharedOnText,
  statusRows,
  targetLines,
  totalText,
  wantsText,
} from '../share/snapshot-words';
import { STATUS_LABELS } from '../workbook/labels';
import { AnswerList } from '../worksheets/shared/AnswerList';

/** The heading levels the view uses: its parts start at 2 on the shared page, lower inside other sections. */
export type HeadingLevel = 2 | 3 | 4;

/** A heading at the view's level, or one below it (`sub`). */
function Heading(props: { level: HeadingLevel; sub?: boolean; children: JSX.Element }) {
  const level = () => props.level + (props.sub ? 1 : 0);
  return (
    <Show when={level() > 3} fallback={level() === 2 ? <h2>{props.children}</h2> : <h3>{props.children}</h3>}>
      <Show when={level() === 4} fallback={<h5>{props.children}</h5>}>
        <h4>{props.children}</h4>
      </Show>
    </Show>
  );
}

/** Labelled answers that have text, as the shared page's description list. */
function Answers(props: { rows: ReadonlyArray<readonly [string, string]> }) {
  return <AnswerList class="shared-answers" rows={props.rows} />;
}

/**
 * A shared summary as the advisor reads it, and as the student previews it: every part the
 * student chose, with every text shown as text.
 */
export function SnapshotView(props: { snapshot: Snapshot; level: HeadingLevel }) {
  const s = () => props.snapshot;
  const Part = (p: { title: string; children: JSX.Element }) => (
    <section class="shared-part">
      <Heading level={props.level}>{p.title}</Heading>
      {p.children}
    </section>
  );
  return (
    <div class="shared-view">
      <p class="shared-meta">
        {sharedOnText(s())} {namesText(s())}
      </p>
      <Show when={s().about}>
        {(about) => (
          <Part title={PART_TITLES.about}>
            <Answers
              rows={[
                ['Name', about().name],
                ['What I study', about().studies],
              ]}
            />
          </Part>
        )}
      </Show>
      <Show when={s().goals}>
        {(goals) => (
          <Part title={PART_TITLES.goals}>
            <Answers
              rows={[
                [GOAL_LABELS.goal, goals().goal ?? ''],
                [GOAL_LABELS.wants, wantsText(goals().wants)],
                [GOAL_LABELS.fields, goals().fields],
                [GOAL_LABELS.organizations, goals().organizations],
                [GOAL_LABELS.questions, goals().questions],
              ]}
            />
            <Show when={targetLines(goals()).length}>
              <Heading level={props.level} sub>
                {GOAL_LIST_TITLES.targets}
              </Heading>
              <ul class="shared-list">
                <For each={targetLines(goals())}>{(t) => <li>{t}</li>}</For>
              </ul>
            </Show>
            <Show when={goals().orgList?.length}>
              <Heading level={props.level} sub>
                {GOAL_LIST_TITLES.orgList}
              </Heading>
              <ol class="shared-list">
                <For each={goals().orgList}>{(org) => <li>{orgLine(org)}</li>}</For>
              </ol>
            </Show>
          </Part>
        )}
      </Show>
      <Show when={s().topFive}>
        {(people) => (
          <Part title={PART_TITLES.topFive}>
            <ol class="shared-list">
              <For each={people()}>
                {(p) => (
                  <li>
                    <strong>{p.name}</strong>
                    {p.org ? `, ${p.org}` : ''}: {STATUS_LABELS[p.status]}
                  </li>
                )}
              </For>
            </ol>
          </Part>
        )}
      </Show>
      <Show when={s().pitches}>
        {(pitches) => (
          <Part title={PART_TITLES.pitches}>
            <For each={pitches()}>
              {(pitch, i) => (
                <>
                  <Heading level={props.level} sub>
                    {pitchTitle(pitch, i())}
                  </Heading>
                  <p class="shared-text">{pitchText(pitch)}</p>
                </>
              )}
            </For>
          </Part>
        )}
      </Show>
      <Show when={s().statusCounts}>
        {(counts) => (
          <Part title={PART_TITLES.statusCounts}>
            <p>In all: {totalText(statusRows(counts()).total)}</p>
            <Show when={statusRows(counts()).rows.length}>
              <ul class="shared-list">
                <For each={statusRows(counts()).rows}>
                  {([label, n]) => (
                    <li>
                      {label}: {n}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Part>
        )}
      </Show>
      <Show when={s().nextActions}>
        {(actions) => (
          <Part title={PART_TITLES.nextActions}>
            <Show when={actions().length} fallback={<p>Nothing due this week.</p>}>
              <ul class="shared-list">
                <For each={actions()}>
                  {(a) => (
                    <li>
                      {a.title} ({dueWords(a)})
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Part>
        )}
      </Show>
      <Show when={s().plans}>
        {(plans) => (
          <For each={plans()}>
            {(plan) => (
              <Part title={PART_TITLES.plans}>
                <Answers
                  rows={[
                    ['Note', plan.note],
                    ['Next meeting', plan.meetingDate ? formatDay(plan.meetingDate) : ''],
                  ]}
                />
                <Show when={planDoneText(plan)}>
                  <p>{planDoneText(plan)}</p>
                </Show>
                <Show when={plan.items.length}>
                  <ul class="shared-list shared-plan">
                    <For each={plan.items}>
                      {(item) => (
                        <li>
                          <Show when={item.href} fallback={item.title}>
                            <a href={item.href}>{item.title}</a>
                          </Show>
                          : <span class={`shared-status status-${item.state}`}>{PLAN_STATE_WORDS[item.state]}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </Part>
            )}
          </For>
        )}
      </Show>
      <Show when={s().questions}>
        {(questions) => (
          <Part title={PART_TITLES.questions}>
            <p class="shared-text">{questions()}</p>
          </Part>
        )}
      </Show>
      <Show when={s().interviewNotes}>
        {(notes) => (
          <Part title={PART_TITLES.interviewNotes}>
            <For each={notes()}>
              {(note) => (
                <>
                  <Heading level={props.level} sub>
                    {noteTitle(note)}
                  </Heading>
                  <Answers
                    rows={[
                      [NOTE_LABELS.learned, note.learned],
                      [NOTE_LABELS.fit, note.fit],
                      [NOTE_LABELS.explore, note.explore],
                    ]}
                  />
                </>
              )}
            </For>
          </Part>
        )}
      </Show>
    </div>
  );
}

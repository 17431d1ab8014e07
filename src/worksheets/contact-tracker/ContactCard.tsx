import { type Accessor, For, type JSX, Show } from 'solid-js';
import { type Day, formatDay } from '../../lib/days';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact } from '../../workbook/model';
import { dueState, dueWords } from '../shared/follow-up/due';
import {
  adviceFor,
  QUICK_STEPS,
  quickNextDate,
  thankYouDue,
  thankYouPending,
  threeBSeven,
} from '../shared/follow-up/follow-up';
import { PersonPageLink } from '../shared/PersonPageLink';
import { nextSummary } from './card-summary';

/** Props of one person in the tracker. */
export interface ContactCardProps {
  person: Accessor<Contact>;
  circleName: string;
  today: Day;
  /** True when the card shows everything (dates, advice, buttons), not only its one-line summary. */
  open: boolean;
  onToggle: () => void;
  editing: boolean;
  onEdit: () => void;
  onNext: (date: Day) => void;
  /** The editor, when open. */
  children?: JSX.Element;
}

/** A date and how close it is, in words and styled by urgency: "Tue 24 November 2026 Overdue by 1 day". */
export function DueLine(props: { label: string; due: Day; today: Day; none?: string }) {
  return (
    <div class="ct-date">
      <dt>{props.label}</dt>
      <dd>
        <Show when={props.due} fallback={props.none ?? 'No date set'}>
          {formatDay(props.due)}{' '}
          <strong class={`due due-${dueState(props.due, props.today)}`}>{dueWords(props.due, props.today)}</strong>
        </Show>
      </dd>
    </div>
  );
}

/**
 * One person in the tracker, as a card that opens: closed, their name (the button that opens it),
 * status and what comes next in words; open, their dates, advice, quick buttons and the editor.
 * The open part is drawn only when opened, so long lists stay light.
 */
export function ContactCard(props: ContactCardProps) {
  const p = props.person;
  const routine = () => threeBSeven(p(), props.today);
  const editButtonId = () => `ct-${p().id}-edit`;
  const moreId = () => `ct-${p().id}-more`;
  const next = () => nextSummary(p(), props.today);
  return (
    <li class={`entry ct-card ct-${next()?.state ?? 'none'}`} id={`ct-${p().id}`}>
      <h5 class="ct-name" tabindex="-1">
        <button
          type="button"
          class="ct-toggle"
          aria-expanded={props.open}
          aria-controls={props.open ? moreId() : undefined}
          onClick={() => props.onToggle()}
        >
          {p().name}
        </button>
      </h5>
      <p class="ct-meta">
        <span class="ct-status">Status: {STATUS_LABELS[p().status]}</span>
        <Show when={next()}>
          {(n) => (
            <span class="ct-next">
              {' · '}
              {n().label}: <strong class={`due due-${n().state}`}>{n().words}</strong>
            </span>
          )}
        </Show>
        <span class="no-print">
          {' · '}
          <PersonPageLink id={p().id} name={p().name} />
        </span>
      </p>
      <Show when={props.open}>
        <div class="ct-more" id={moreId()}>
          <p class="ct-where">
            <Show when={p().org.trim()}>{p().org} · </Show>
            {props.circleName}
          </p>
          <dl class="ct-dates">
            <div class="ct-date">
              <dt>Last contact</dt>
              <dd>{p().lastContactAt ? formatDay(p().lastContactAt) : 'Not recorded'}</dd>
            </div>
            <DueLine label="Next contact" due={p().nextContactAt} today={props.today} />
            <Show when={thankYouPending(p())}>
              <DueLine
                label="Thank-you"
                due={thankYouDue(p())}
                today={props.today}
                none="Due now (add the date you met)"
              />
            </Show>
            <Show when={routine() && routine()?.step !== 'wait'}>
              <DueLine
                label={routine()?.step === 'follow-up' ? 'One follow-up' : 'Second person'}
                due={routine()?.due ?? ''}
                today={props.today}
              />
            </Show>
          </dl>
          <p class="ct-advice">{adviceFor(p(), props.today)}</p>
          <fieldset class="ct-quick no-print">
            <legend>
              Set next contact<span class="sr-only"> for {p().name}</span>:
            </legend>
            <div class="ct-quick-buttons">
              <For each={QUICK_STEPS}>
                {(step) => (
                  <button
                    type="button"
                    class="small-button ct-step"
                    onClick={() => props.onNext(quickNextDate(props.today, step.days))}
                  >
                    {step.label}
                    <span class="sr-only"> (next contact {step.words})</span>
                  </button>
                )}
              </For>
              <Show when={routine()?.nextDate}>
                {(date) => (
                  <button type="button" class="small-button" onClick={() => props.onNext(date())}>
                    Use the 3B7 date, {formatDay(date())}
                  </button>
                )}
              </Show>
            </div>
          </fieldset>
          <div class="button-row no-print">
            <button
              type="button"
              class="small-button"
              id={editButtonId()}
              aria-expanded={props.editing}
              onClick={() => props.onEdit()}
            >
              {props.editing ? 'Close' : 'Update status and dates'}
              <span class="sr-only"> for {p().name}</span>
            </button>
          </div>
          {props.children}
        </div>
      </Show>
    </li>
  );
}

import { type Accessor, For, type JSX, Show } from 'solid-js';
import { type Day, formatDay } from '../../lib/days';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact } from '../../workbook/model';
import { PersonPageLink } from '../shared/PersonPageLink';
import { dueState, dueWords } from './due';
import { adviceFor, nextDue, QUICK_STEPS, quickNextDate, thankYouDue, thankYouPending, threeBSeven } from './follow-up';

/** Props of one person in the tracker. */
export interface ContactCardProps {
  person: Accessor<Contact>;
  circleName: string;
  today: Day;
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

/** One person in the tracker: status, dates with due wording, advice, quick buttons and an editor. */
export function ContactCard(props: ContactCardProps) {
  const p = props.person;
  const routine = () => threeBSeven(p(), props.today);
  const editButtonId = () => `ct-${p().id}-edit`;
  const urgency = () => {
    const next = nextDue(p(), props.today);
    return next ? (next.due ? dueState(next.due, props.today) : 'today') : 'none';
  };
  return (
    <li class={`entry ct-card ct-${urgency()}`} id={`ct-${p().id}`}>
      <h5 class="ct-name" tabindex="-1">
        {p().name}
      </h5>
      <p class="ct-meta">
        <span class="ct-status">Status: {STATUS_LABELS[p().status]}</span>
        <Show when={p().org.trim()}>
          <span> · {p().org}</span>
        </Show>
        <span> · {props.circleName}</span>
      </p>
      <dl class="ct-dates">
        <div class="ct-date">
          <dt>Last contact</dt>
          <dd>{p().lastContactAt ? formatDay(p().lastContactAt) : 'Not recorded'}</dd>
        </div>
        <DueLine label="Next contact" due={p().nextContactAt} today={props.today} />
        <Show when={thankYouPending(p())}>
          <DueLine label="Thank-you" due={thankYouDue(p())} today={props.today} none="Due now (add the date you met)" />
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
        <PersonPageLink id={p().id} name={p().name} />
      </div>
      {props.children}
    </li>
  );
}

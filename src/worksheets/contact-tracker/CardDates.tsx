import { type Accessor, Show } from 'solid-js';
import { type Day, formatDay } from '../../lib/days';
import type { Contact } from '../../workbook/model';
import { dueState, dueWords } from '../shared/follow-up/due';
import { thankYouDue, thankYouPending, threeBSeven } from '../shared/follow-up/due-rules';

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
 * Where an opened card's person is from and their dates: the last contact, the next one, a thank-you
 * due and the current 3B7 step, each with how close it is in words. All a card prints beyond its
 * one line (its advice and buttons stay on screen), so the printed list loads only this.
 */
export function CardDates(props: { person: Accessor<Contact>; circleName: string; today: Day }) {
  const p = props.person;
  const routine = () => threeBSeven(p(), props.today);
  return (
    <>
      <p class="ct-where">
        {/* On paper the card runs on as one line after what comes next: this keeps the two apart. */}
        <span class="ct-where-sep"> · </span>
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
    </>
  );
}

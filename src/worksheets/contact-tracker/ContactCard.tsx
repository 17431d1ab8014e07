import { type Accessor, type JSX, Show } from 'solid-js';
import type { Day } from '../../lib/days';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact } from '../../workbook/model';
import { nextSummary } from './card-summary';

/** Props of one person in the tracker. */
export interface ContactCardProps {
  person: Accessor<Contact>;
  today: Day;
  /** True when the card shows everything (dates, advice, buttons), not only its one-line summary. */
  open: boolean;
  onToggle: () => void;
  /** Drawn after the status on screen only: the link to the person's page (none on paper). */
  link?: JSX.Element;
  /** What the card's ids start with: 'ct' on screen, another word for the printed copy of the list. */
  idPrefix?: string;
  /** What the opened card shows (CardDetails.tsx), or the words of a problem loading it. */
  children?: JSX.Element;
}

/**
 * One person in the tracker, as a card that opens: closed, their name (the button that opens it),
 * status and what comes next in words; open, their details (CardDetails.tsx, given as children).
 * The open part is drawn only when opened, so long lists stay light.
 */
export function ContactCard(props: ContactCardProps) {
  const p = props.person;
  const cardId = () => `${props.idPrefix ?? 'ct'}-${p().id}`;
  const moreId = () => `${cardId()}-more`;
  const next = () => nextSummary(p(), props.today);
  return (
    <li class={`entry ct-card ct-${next()?.state ?? 'none'}`} id={cardId()}>
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
        <Show when={props.link}>
          <span class="no-print">
            {' · '}
            {props.link}
          </span>
        </Show>
      </p>
      <Show when={props.open}>
        <div class="ct-more" id={moreId()}>
          {props.children}
        </div>
      </Show>
    </li>
  );
}

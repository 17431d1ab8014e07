import { createMemo, For, Show } from 'solid-js';
import { formatDay } from '../../lib/format-day';
import { AUDIENCE_LABELS } from '../../workbook/labels';
import { ContactSelect, NoContacts, useChosenContact } from '../shared/ContactSelect';
import { Lines } from '../shared/Lines';
import { useWorkbookData } from '../shared/use-workbook';
import { CLOSING_QUESTIONS, cardFor, slotLabel, TIME_BOX } from './card';

/** Prints the page with only the conversation card showing (see conversation-card.css). */
function printCard(): void {
  const root = document.documentElement;
  root.dataset.printOnly = 'conversation-card';
  const done = () => {
    delete root.dataset.printOnly;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** Step 5 worksheet: one card to take into the meeting, on screen and on one printed page. */
export default function ConversationCard() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  const card = createMemo(() => {
    const c = contact();
    return c ? cardFor(doc(), c.id) : undefined;
  });
  const meta = () => {
    const c = card();
    if (!c) return '';
    return [c.person.org.trim(), c.meetingAt ? `Meeting on ${formatDay(c.meetingAt)}` : ''].filter(Boolean).join(' · ');
  };

  return (
    <div class="conversation-card">
      <ContactSelect
        id="cc-contact"
        label="Whose card?"
        contact={contact()}
        empty={<NoContacts what="make a card for your meeting" />}
      />
      <article class="cc-card" aria-labelledby="cc-title">
        <h4 id="cc-title">
          Conversation with{' '}
          <Show when={card()} fallback={<span class="cc-blank-name">…………………………</span>}>
            {card()?.person.name}
          </Show>
        </h4>
        <Show when={meta()}>
          <p class="cc-meta">{meta()}</p>
        </Show>

        <section class="cc-part" aria-labelledby="cc-pitch-title">
          <h5 id="cc-pitch-title">
            Open with your pitch
            <Show when={card()?.pitch}>
              {(p) => (
                <span class="cc-pitch-name">
                  {' '}
                  ({p().name || 'Untitled pitch'}, {AUDIENCE_LABELS[p().audience]})
                </span>
              )}
            </Show>
          </h5>
          <Show
            when={card()?.pitchText}
            fallback={
              <>
                <p class="s5-muted">
                  Choose a pitch version in the preparation worksheet above, or write one in{' '}
                  <a href="/steps/elevator-pitch/#pitch-builder">step 4</a>.
                </p>
                <Lines count={3} />
              </>
            }
          >
            <p class="cc-pitch">{card()?.pitchText}</p>
          </Show>
        </section>

        <section class="cc-part" aria-labelledby="cc-plan-title">
          <h5 id="cc-plan-title">Plan for 20 minutes</h5>
          <ol class="cc-plan">
            <For each={TIME_BOX}>
              {(slot) => (
                <li>
                  <strong class="cc-slot">{slotLabel(slot)}</strong> <span>{slot.what}</span>
                </li>
              )}
            </For>
          </ol>
        </section>

        <section class="cc-part" aria-labelledby="cc-questions-title">
          <h5 id="cc-questions-title">Your questions</h5>
          <Show
            when={card()?.questions.length}
            fallback={
              <>
                <p class="s5-muted">Choose your questions in the preparation worksheet above.</p>
                <ol class="cc-question-lines" aria-hidden="true">
                  <For each={Array.from({ length: 6 })}>{() => <li class="print-line" />}</For>
                </ol>
              </>
            }
          >
            <ol class="cc-questions">
              <For each={card()?.questions}>{(q) => <li>{q.text}</li>}</For>
            </ol>
          </Show>
        </section>

        <section class="cc-part" aria-labelledby="cc-close-title">
          <h5 id="cc-close-title">Before you close (minute 15)</h5>
          <ul class="cc-closing">
            <For each={CLOSING_QUESTIONS}>{(q) => <li>{q}</li>}</For>
          </ul>
          <p class="cc-end">Then thank them, and end on time.</p>
        </section>

        <section class="cc-part cc-notes" aria-hidden="true">
          <p class="cc-notes-title">Names and key words:</p>
          <Lines count={4} />
        </section>
      </article>
      <div class="button-row no-print">
        <button type="button" class="button" onClick={printCard}>
          Print the card
        </button>
      </div>
      <p class="hint no-print">Printing the card prints only the card, on one page.</p>
    </div>
  );
}

import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { LoadStatus, onDemand } from '../shared/on-demand';
import { CHECK_NAMES, type CheckId, checkMessage, checkSummary, hasText, type MessageText } from './email';
import { useDraft } from './use-draft';

/** Why each check is there (check-reasons.ts), fetched the first time a student opens one. */
const reasons = onDemand(() => import('./check-reasons').then((m) => m.CHECK_REASONS));

/** A check's "Why this matters", closed: its reason is fetched when it is first opened. */
function WhyItMatters(props: { id: CheckId }) {
  const [open, setOpen] = createSignal(false);
  return (
    <details class="or-why" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Why this matters<span class="sr-only">: {CHECK_NAMES[props.id]}</span>
      </summary>
      <Show when={open()}>
        <Show when={reasons()} keyed fallback={<LoadStatus what="reason" failed={reasons.failed()} />}>
          {(why) => <p>{why[props.id]}</p>}
        </Show>
      </Show>
    </details>
  );
}

/**
 * Step 5 worksheet, the finished message (first in the frame's section, OutreachWorksheet.astro): the
 * section's heading, "Your email, checked", once someone is on the list, then the email as it will be
 * sent, with its live checks, said to screen readers once the student pauses.
 */
export default function OutreachResult() {
  const { doc, contact, draft, name, body } = useDraft();
  // Memo: the checks are read in several places, and worked out once per change.
  const checks = createMemo(() => {
    const d = draft();
    return d ? checkMessage(name(), d, doc().profile) : [];
  });
  const [spoken, setSpoken] = createSignal('');
  let speakTimer: ReturnType<typeof setTimeout> | undefined;
  // Screen readers hear how many checks pass 1.5 s after the student stops typing, not at each key.
  createEffect(
    on(
      () => [contact()?.id, checkSummary(checks())] as const,
      (next, prev) => {
        clearTimeout(speakTimer);
        if (!prev || prev[0] !== next[0] || prev[1] === next[1]) return;
        speakTimer = setTimeout(() => setSpoken(next[1]), 1500);
      },
    ),
  );
  onCleanup(() => clearTimeout(speakTimer));

  return (
    <div class="or-checked">
      <Show when={draft()}>
        <h4 id="or-result-title">Your email, checked</h4>
        <Show
          when={hasText(draft() as MessageText)}
          fallback={<p class="s5-muted">Your email and its checks appear here as you write the parts above.</p>}
        >
          <div class="or-email">
            <p class="or-subject">
              <strong>Subject:</strong> {draft()?.subject.trim() || '(no subject line yet)'}
            </p>
            <p class="or-body">{body() || '(no message yet)'}</p>
          </div>
          <p class="or-summary">
            <strong>{checkSummary(checks())}</strong>
          </p>
          <ul class="or-checks">
            <For each={checks()}>
              {(check) => (
                <li class={`or-check ${check.pass ? 'or-pass' : 'or-fail'}`} data-check={check.id}>
                  <span class="or-verdict">{check.pass ? 'Passes' : 'To fix'}</span>
                  <span class="or-check-text">{check.text}</span>
                  <WhyItMatters id={check.id} />
                </li>
              )}
            </For>
          </ul>
          <p class="sr-only" aria-live="polite">
            {spoken()}
          </p>
        </Show>
      </Show>
    </div>
  );
}

import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { AboutYouPart } from '../shared/about-you/AboutYouPart';
import { useChosenContact } from '../shared/chosen-contact';
import { createCopier } from '../shared/copy';
import { LinkedInPart } from '../shared/LinkedInPart';
import { LoadProblem, LoadStatus, onDemand } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import { blankDraft, draftFor } from './drafts';
import { CHECK_NAMES, type CheckId, checkMessage, checkSummary, composeBody, hasText, type MessageText } from './email';
import { MAILTO_SAFE_LENGTH, mailtoHref } from './mailto';
import { $sentChange, sending } from './sending';
import type { SentChange } from './sent';

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
 * Step 5 worksheet, last of its three islands (OutreachWorksheet.astro): the "Signed as" line, then
 * the finished message with its live checks, copied or opened in the mail app, and marked as sent.
 */
export default function OutreachResult() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  const contactId = createMemo(() => contact()?.id);
  const draft = createMemo(() => {
    const c = contact();
    return c ? (draftFor(doc(), c.id) ?? blankDraft(c.id)) : undefined;
  });
  const name = () => contact()?.name ?? '';
  // Memos: the message and its checks are read in several places, and worked out once per change.
  const body = createMemo(() => {
    const d = draft();
    return d ? composeBody(name(), d, doc().profile) : '';
  });
  const checks = createMemo(() => {
    const d = draft();
    return d ? checkMessage(name(), d, doc().profile) : [];
  });
  const href = () => mailtoHref(contact()?.email ?? '', draft()?.subject ?? '', body());

  const copier = createCopier('or-copy-text');
  const [spoken, setSpoken] = createSignal('');
  let speakTimer: ReturnType<typeof setTimeout> | undefined;

  // Another person was chosen: close what belonged to the previous one.
  createEffect(on(contactId, () => copier.reset(), { defer: true }));
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

  const copy = (what: 'message' | 'subject') =>
    what === 'message'
      ? copier.copy('message', 'message', body(), 'Message copied.')
      : copier.copy('subject', 'subject line', draft()?.subject.trim() ?? '', 'Subject line copied.');

  const send = () => {
    const c = contact();
    if (!c) return;
    sending.use(({ markSent }) => {
      let change: SentChange | undefined;
      updateWorkbook((d) => {
        const r = markSent(d, c.id, new Date());
        change = r.change;
        return r.doc;
      });
      if (change) $sentChange.set(change);
    });
  };

  return (
    <div class="or-finished">
      <Show when={contact() && draft()}>
        <AboutYouPart id="or-ay" named="Signed as" empty="About you: add your name to sign your messages" />
        <section class="or-result no-print" aria-labelledby="or-result-title">
          <h4 id="or-result-title">Your email, checked</h4>
          <Show
            when={draft() && hasText(draft() as MessageText)}
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

            <div class="button-row or-actions">
              <button type="button" class="button secondary" onClick={() => copy('message')}>
                {copier.copied() === 'message' ? 'Copied' : 'Copy the message'}
              </button>
              <button type="button" class="button secondary" onClick={() => copy('subject')}>
                {copier.copied() === 'subject' ? 'Copied' : 'Copy the subject line'}
              </button>
            </div>
            <copier.Fallback />
            <div class="button-row or-actions">
              <a class="button" href={href()} onClick={send} aria-describedby="or-mail-note">
                Open in your mail app
              </a>
              <button type="button" class="button secondary" onClick={send}>
                Mark as sent
              </button>
            </div>
            <Show when={sending.failed()}>
              <LoadProblem what="part that marks your message as sent" />
            </Show>
            <div id="or-mail-note" class="or-notes">
              <p class="hint">
                Opening your mail app, or “Mark as sent”, records the message as sent today and moves {name()} to
                “Reached out”, unless they are further along.
              </p>
              <Show when={!contact()?.email.trim()}>
                <p class="s5-note">
                  No email address is saved for {name()}. Your mail app opens with the “To” line empty: add their
                  address there, or above.
                </p>
              </Show>
              <Show when={href().length > MAILTO_SAFE_LENGTH}>
                <p class="s5-note">
                  This message is long for a mail link, and some mail apps cut it off. If yours does, copy the message
                  instead.
                </p>
              </Show>
            </div>
            <LinkedInPart id="or-linkedin" load={() => import('./OutreachLinkedIn').then((m) => m.OutreachLinkedIn)}>
              {(OutreachLinkedIn) => (
                <OutreachLinkedIn name={name()} text={draft() as MessageText} signer={doc().profile} />
              )}
            </LinkedInPart>
          </Show>
        </section>
      </Show>
    </div>
  );
}

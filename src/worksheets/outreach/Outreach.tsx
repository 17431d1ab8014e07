import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { STATUS_LABELS } from '../../workbook/labels';
import { MAX_NAME } from '../../workbook/model';
import { AboutYouPart } from '../shared/about-you/AboutYouPart';
import { ContactSelect, NoContacts, useChosenContact } from '../shared/ContactSelect';
import { changesOnDemand } from '../shared/changes-on-demand';
import { createCopier } from '../shared/copy';
import { Field } from '../shared/Field';
import { FormattedField } from '../shared/FormattedField';
import { Lines } from '../shared/Lines';
import { LinkedInPart } from '../shared/LinkedInPart';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem, LoadStatus, onDemand } from '../shared/on-demand';
import { outreachStatusText } from '../shared/status-words';
import { UndoBar } from '../shared/UndoBar';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { blankDraft, draftFor, updateDraft } from './drafts';
import {
  CHECK_NAMES,
  type CheckId,
  checkMessage,
  checkSummary,
  composeBody,
  hasText,
  type MessageText,
  PARTS,
} from './email';
import { MAILTO_SAFE_LENGTH, mailtoHref } from './mailto';
import type { SentChange } from './sent';

/** Marking a message as sent and undoing it, fetched the first time the student does either. */
const sending = changesOnDemand(() => import('./sent'));
/** Saving the person's email address, fetched when the email field is first reached. */
const emailSaving = changesOnDemand(() => import('./email-address'));

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

/** Step 5 worksheet: a short outreach email to one contact, checked live, copied or opened in the mail app. */
export default function Outreach() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  // The person's id as a memo: the person is plain data, a new object at each change of them.
  const contactId = createMemo(() => contact()?.id);
  const now = () => new Date();
  const draft = createMemo(() => {
    const c = contact();
    return c ? (draftFor(doc(), c.id) ?? blankDraft(c.id)) : undefined;
  });
  const name = () => contact()?.name ?? '';
  // Each part as a memo: the draft is plain data, a new object at each change, and a field is
  // written again only when its own text changes (never while the student types in another one).
  const part = (key: keyof MessageText) => createMemo(() => draft()?.[key] ?? '');
  const subject = part('subject');
  // Memos: the message and its checks are read in several places, and worked out once per change.
  const body = createMemo(() => {
    const d = draft();
    return d ? composeBody(name(), d, doc().profile) : '';
  });
  const checks = createMemo(() => {
    const d = draft();
    return d ? checkMessage(name(), d, doc().profile) : [];
  });
  const statusLine = () => {
    const c = contact();
    return c ? outreachStatusText(c, draft()?.sentAt ?? '') : '';
  };
  const href = () => mailtoHref(contact()?.email ?? '', draft()?.subject ?? '', body());

  // The email field keeps what is typed; it is saved on the contact only when it is a usable address or empty.
  const [emailError, setEmailError] = createSignal<string>();
  const copier = createCopier('or-copy-text');
  const [sent, setSent] = createSignal<SentChange>();
  const [spoken, setSpoken] = createSignal('');
  let speakTimer: ReturnType<typeof setTimeout> | undefined;

  // Another person was chosen: close what belonged to the previous one.
  createEffect(
    on(
      contactId,
      () => {
        setEmailError(undefined);
        copier.reset();
      },
      { defer: true },
    ),
  );
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

  const save = (patch: Partial<MessageText>) => {
    const c = contact();
    if (c) updateWorkbook((d) => updateDraft(d, c.id, patch, now()));
  };

  const saveEmail = (email: string) => {
    const c = contact();
    if (c) emailSaving.use(({ saveEmailAddress }) => updateWorkbook((d) => saveEmailAddress(d, c.id, email, now())));
  };

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
        const r = markSent(d, c.id, now());
        change = r.change;
        return r.doc;
      });
      if (change) setSent(change);
    });
  };

  const undo = () => {
    const change = sent();
    if (!change) return;
    sending.use(({ undoSent }) => {
      updateWorkbook((d) => undoSent(d, change));
      setSent(undefined);
      announce(`${change.contact.name} is back to “${STATUS_LABELS[change.contact.status]}”.`);
    });
  };

  return (
    <div class="outreach">
      <WorkbookStatus />
      <ContactSelect
        id="or-contact"
        label="Who are you writing to?"
        contact={contact()}
        empty={<NoContacts what="write to them" />}
      />
      <UndoBar
        message={
          sent()
            ? `Marked as sent to ${sent()?.contact.name} today. Their status is now “${STATUS_LABELS[contact()?.status ?? 'reached-out']}”.`
            : undefined
        }
        onUndo={undo}
        onDismiss={() => setSent(undefined)}
      />
      <Show
        when={contact() && draft()}
        fallback={
          <div class="s5-print-blank">
            <p class="s5-print-label">To:</p>
            <Lines count={1} />
            <p class="s5-print-label">Subject line:</p>
            <Lines count={1} />
            <For each={PARTS}>
              {(part) => (
                <>
                  <p class="s5-print-label">{part.label}</p>
                  <Lines count={2} />
                </>
              )}
            </For>
            <p>Keep it under 100 words. Ask for 20 to 30 minutes of advice, not for a job.</p>
          </div>
        }
      >
        <p class="s5-status">
          <span class="s5-print-only">To: {name()}. </span>
          {statusLine()}
        </p>
        <FormattedField
          id="or-email"
          format="email"
          class="no-print"
          label={`Email address of ${name()}`}
          optional
          hint="Saved with this person, for the mail app link."
          value={contact()?.email ?? ''}
          error={emailError()}
          onError={setEmailError}
          maxLength={MAX_NAME}
          autocomplete="off"
          onValue={saveEmail}
          // Its change is fetched as the field is reached, so the first address typed is saved at once.
          ref={(el) => el.addEventListener('focus', () => emailSaving.use(() => {}), { once: true })}
        />
        <Show when={emailSaving.failed()}>
          <LoadProblem what="part that saves the email address" />
        </Show>
        <fieldset class="or-parts">
          <legend>Your message to {name()}</legend>
          <Field
            id="or-subject"
            label="Subject line"
            hint="Say why you are writing. For example: “Riverside design student asking for your advice”."
            value={subject()}
            maxLength={MAX_NAME}
            onValue={(subject) => save({ subject })}
          />
          <For each={PARTS}>
            {(p) => {
              const value = part(p.key);
              return (
                <LongAnswer
                  id={`or-${p.key}`}
                  label={p.label}
                  hint={p.hint}
                  optional={p.optional}
                  rows={2}
                  value={value()}
                  onValue={(v) => save({ [p.key]: v })}
                  printLines={2}
                />
              );
            }}
          </For>
        </fieldset>
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

import { createEffect, on, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { createCopier } from '../shared/copy';
import { LinkedInPart } from '../shared/LinkedInPart';
import { LoadProblem } from '../shared/on-demand';
import { MAILTO_SAFE_LENGTH, mailtoHref } from './mailto';
import { hasText, type MessageText } from './message-body';
import { $sentChange, sending } from './sending';
import type { SentChange } from './sent';
import { useDraft } from './use-draft';

/**
 * Step 5 worksheet, the end of "Your email, checked" (OutreachWorksheet.astro): the message copied
 * or opened in the mail app and marked as sent, with its notes and the LinkedIn versions.
 */
export default function OutreachSend() {
  const { doc, contact, draft, name, body } = useDraft();
  const href = () => mailtoHref(contact()?.email ?? '', draft()?.subject ?? '', body());
  const copier = createCopier('or-copy-text');
  // Another person was chosen: close what belonged to the previous one.
  createEffect(
    on(
      () => contact()?.id,
      () => copier.reset(),
      { defer: true },
    ),
  );

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
    <div class="or-send">
      <Show when={draft() && hasText(draft() as MessageText)}>
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
            Opening your mail app, or “Mark as sent”, records the message as sent today and moves {name()} to “Reached
            out”, unless they are further along.
          </p>
          <Show when={!contact()?.email.trim()}>
            <p class="s5-note">
              No email address is saved for {name()}. Your mail app opens with the “To” line empty: add their address
              there, or above.
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
    </div>
  );
}

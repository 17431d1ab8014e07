import { createEffect, createMemo, createSignal, on, onMount, Show } from 'solid-js';
import { type Day, localDay } from '../../lib/days';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { AboutYouPart } from '../shared/about-you/AboutYouPart';
import { createCopier } from '../shared/copy';
import { LinkedInPart } from '../shared/LinkedInPart';
import { LoadProblem } from '../shared/on-demand';
import { holdWhile } from '../shared/pending-changes';
import { useWorkbookData } from '../shared/use-workbook';
import { emailNote, mailtoHref, messageProblem, THANK_YOU_SUBJECT } from './email';
import { composeThankYou } from './message';
import { thankYouFor } from './saved';
import { $sentUndo, $thankYouProblem, useThankYouPerson } from './thank-you-state';

/**
 * Step 6 thank-you, second island: who signs, then the message built from the parts written above,
 * to copy, open in an email app or mark as sent, and its LinkedIn versions. Nothing shows until a
 * person is chosen.
 */
export default function ThankYouMessage() {
  const data = useWorkbookData();
  const [today, setToday] = createSignal<Day>('');
  const chosen = useThankYouPerson(data);
  const copier = createCopier('ty-copy-text', 8);
  // "Mark as sent" and its undo load on the first click of the button (most visits only write).
  const [sentFailed, setSentFailed] = createSignal(false);
  onMount(() => setToday(localDay(new Date())));
  // Another person chosen in the menu: the "Copied" of the last one goes.
  createEffect(on(chosen, () => copier.reset(), { defer: true }));

  const person = createMemo(() => data().contacts.find((c) => c.id === chosen()));
  const note = createMemo(() => thankYouFor(data(), chosen()));
  const parts = () => ({ thanks: note()?.thanks ?? '', learned: note()?.learned ?? '', action: note()?.action ?? '' });
  const message = () => composeThankYou(person()?.name ?? '', parts(), data().profile);
  const href = () => mailtoHref(person()?.email ?? '', THANK_YOU_SUBJECT, message());

  const check = (): boolean => {
    const p = messageProblem(parts());
    $thankYouProblem.set(p);
    if (p) {
      announce(p);
      document.getElementById('ty-learned')?.focus();
    }
    return !p;
  };

  const copy = () => {
    if (check()) copier.copy('message', 'message', message(), 'Message copied. Paste it into your email.');
  };

  const send = async () => {
    const who = person();
    if (!who) return;
    let sent: typeof import('./sent');
    try {
      // Fetched at the first "Mark as sent"; until the change is made, leaving the page asks first.
      sent = await holdWhile(import('./sent'));
    } catch {
      setSentFailed(true);
      return;
    }
    setSentFailed(false);
    let info: ReturnType<typeof sent.markSent>['undo'];
    updateWorkbook((d) => {
      const r = sent.markSent(d, who.id, today(), new Date());
      info = r.undo;
      return r.doc;
    });
    $sentUndo.set(info);
  };

  return (
    <div class="thank-you">
      <Show when={person()}>
        {(who) => (
          <>
            <AboutYouPart id="ty-ay" named="Signed as" empty="About you: add your name to sign your messages" />
            <section class="ty-result" aria-labelledby="ty-result-title">
              <h4 id="ty-result-title">Your message</h4>
              <p class="ty-subject">
                <strong>Subject:</strong> {THANK_YOU_SUBJECT}
              </p>
              <p class="ty-preview">{message()}</p>
              <div class="button-row no-print">
                <button type="button" class="button" onClick={copy}>
                  {copier.copied() === 'message' ? 'Copied' : 'Copy message'}
                </button>
                <a
                  class="button secondary"
                  href={href()}
                  aria-describedby={emailNote(who().name, who().email) ? 'ty-email-note' : undefined}
                  onClick={(e) => {
                    if (!check()) e.preventDefault();
                  }}
                >
                  Open in your email app
                </a>
                <button type="button" class="button secondary" onClick={send}>
                  Mark as sent
                </button>
              </div>
              <Show when={emailNote(who().name, who().email)}>
                {(text) => (
                  <p class="hint ty-email-note" id="ty-email-note">
                    {text()}
                  </p>
                )}
              </Show>
              <Show when={sentFailed()}>
                <LoadProblem what={'"Mark as sent" step'} />
              </Show>
              <copier.Fallback />
              <p class="hint">
                "Mark as sent" records today as the day you thanked {who().name} and sets their status to "Thanked" in
                the tracker.
              </p>
            </section>
            <LinkedInPart id="ty-linkedin" load={() => import('./ThankYouLinkedIn').then((m) => m.ThankYouLinkedIn)}>
              {(ThankYouLinkedIn) => <ThankYouLinkedIn name={who().name} parts={parts()} signer={data().profile} />}
            </LinkedInPart>
          </>
        )}
      </Show>
    </div>
  );
}

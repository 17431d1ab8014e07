import { createEffect, createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { type Day, localDay } from '../../lib/days';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { indexById } from '../../workbook/lookups';
import { type Contact, MAX_TEXT } from '../../workbook/model';
import { AboutYouPart } from '../shared/about-you/AboutYouPart';
import { askedPerson, openingPerson } from '../shared/chosen-person';
import { createCopier } from '../shared/copy';
import { Field } from '../shared/Field';
import { dueWords } from '../shared/follow-up/due';
import { thankYouDue } from '../shared/follow-up/follow-up';
import { LinkedInPart } from '../shared/LinkedInPart';
import { LoadProblem } from '../shared/on-demand';
import { PAGE_SIZE } from '../shared/paging';
import { holdWhile } from '../shared/pending-changes';
import { followPerson } from '../shared/touch-source';
import { UndoBar } from '../shared/UndoBar';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import {
  composeThankYou,
  emailNote,
  initialChoice,
  mailtoHref,
  messageProblem,
  setThankYouPart,
  THANK_YOU_PARTS,
  THANK_YOU_SUBJECT,
  thankYouChoices,
  thankYouDueLine,
  thankYouFor,
} from './compose';
import type { SentUndo } from './sent';

/** Step 6 worksheet: write a thank-you from three parts, copy it or open it in email, and mark it sent. */
export default function ThankYou() {
  // Plain data (no store on this page): the people, and the menu of them, through a map by id.
  const data = useWorkbookData();
  const [today, setToday] = createSignal<Day>('');
  const [chosen, setChosen] = createSignal('');
  const [asked, setAsked] = createSignal('');
  const [problem, setProblem] = createSignal<string>();
  const copier = createCopier('ty-copy-text', 8);
  const [undo, setUndo] = createSignal<SentUndo>();
  // "Mark as sent" and its undo load on the first click of the button (most visits only write).
  const [sentFailed, setSentFailed] = createSignal(false);
  // Fetched at the first "Mark as sent"; until the change is made, leaving the page asks first.
  const loadSent = () => holdWhile(import('./sent'));
  // The person chosen is remembered by choose-person.ts, fetched at the first choice (leaving waits
  // for it; offline before the file was stored, the person is shown but not remembered).
  const rememberPerson = (id: string) =>
    holdWhile(import('../shared/choose-person')).then(
      (m) => m.choosePerson('thankYou', id),
      () => undefined,
    );

  onMount(() => {
    setToday(localDay(new Date()));
    setAsked(askedPerson(window.location.search));
  });

  const contacts = createMemo(() => data().contacts);
  const people = createMemo(() => indexById(contacts()));
  const choices = createMemo(() => thankYouChoices(contacts()));
  // A long menu holds only the person shown until it is first used (focused): 5,000 names take seconds to draw on a phone.
  const [everyone, setEveryone] = createSignal(false);
  const offered = (list: readonly Contact[]) =>
    everyone() || contacts().length <= PAGE_SIZE ? list : list.filter((c) => c.id === chosen());
  const dueOffered = createMemo(() => offered(choices().due));
  const othersOffered = createMemo(() => offered(choices().others));
  // Choose someone once the workbook is loaded (the one the address asks for, else the one the
  // student was last on, else the first thank-you due), and again if the chosen person is removed.
  createEffect(() => {
    if (!people().has(chosen())) setChosen(openingPerson(data(), 'thankYou', asked(), initialChoice(data())));
  });
  const person = createMemo(() => people().get(chosen()));
  // A change here is recorded with the person shown (the "Continue" link reopens on them).
  followPerson('thankYou', () => person()?.id);
  const note = createMemo(() => thankYouFor(data(), chosen()));
  const parts = () => ({ thanks: note()?.thanks ?? '', learned: note()?.learned ?? '', action: note()?.action ?? '' });
  const message = () => composeThankYou(person()?.name ?? '', parts(), data().profile);
  const href = () => mailtoHref(person()?.email ?? '', THANK_YOU_SUBJECT, message());
  const sentOn = () => note()?.sentAt || person()?.thankedAt || '';

  const check = (): boolean => {
    const p = messageProblem(parts());
    setProblem(p);
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
    let sent: Awaited<ReturnType<typeof loadSent>>;
    try {
      sent = await loadSent();
    } catch {
      setSentFailed(true);
      return;
    }
    setSentFailed(false);
    const { markSent } = sent;
    let info: SentUndo | undefined;
    updateWorkbook((d) => {
      const r = markSent(d, who.id, today(), new Date());
      info = r.undo;
      return r.doc;
    });
    setUndo(info);
  };

  const dueLine = () => {
    const who = person();
    return who ? thankYouDueLine(who, sentOn(), today()) : '';
  };

  return (
    <div class="thank-you">
      <WorkbookStatus />
      <UndoBar
        message={
          undo() ? `Marked the thank-you to ${undo()?.contact.name} as sent. Their status is now "Thanked".` : undefined
        }
        onUndo={async () => {
          const info = undo();
          if (!info) return;
          // Loaded already: the bar shows only after "Mark as sent" ran.
          const { undoSent } = await loadSent();
          updateWorkbook((d) => undoSent(d, info));
          announce(`The thank-you to ${info.contact.name} is no longer marked as sent.`);
          setUndo(undefined);
        }}
        onDismiss={() => setUndo(undefined)}
      />
      <Show
        when={contacts().length}
        fallback={
          <p class="empty-hint">
            Add the person you talked to in the contact tracker above, or in{' '}
            <a href="/steps/identify-your-networks/#network-map">your network map (step 1)</a>. Then choose them here.
          </p>
        }
      >
        <div class="field">
          <label for="ty-person">Who are you thanking?</label>
          <p class="hint" id="ty-person-hint">
            People you met who have not been thanked yet come first.
          </p>
          <select
            id="ty-person"
            aria-describedby="ty-person-hint"
            onFocus={() => setEveryone(true)}
            onChange={(e) => {
              setChosen(e.currentTarget.value);
              rememberPerson(e.currentTarget.value);
              setProblem(undefined);
              copier.reset();
            }}
          >
            <Show when={dueOffered().length}>
              <optgroup label="Thank-you due">
                <For each={dueOffered()}>
                  {(c) => (
                    <option value={c.id} selected={c.id === chosen()}>
                      {c.name}
                      {thankYouDue(c) ? ` (${dueWords(thankYouDue(c), today()).toLowerCase()})` : ''}
                    </option>
                  )}
                </For>
              </optgroup>
            </Show>
            <optgroup label={choices().due.length ? 'Everyone else' : 'Everyone'}>
              <For each={othersOffered()}>
                {(c) => (
                  <option value={c.id} selected={c.id === chosen()}>
                    {c.name}
                  </option>
                )}
              </For>
            </optgroup>
          </select>
        </div>
        <Show when={person()}>
          {(who) => (
            <>
              <Show when={dueLine()}>
                <p class="ty-due">{dueLine()}</p>
              </Show>
              <fieldset class="ty-parts">
                <legend>Your thank-you to {who().name}</legend>
                <For each={THANK_YOU_PARTS}>
                  {(part) => (
                    <Field
                      id={`ty-${part.key}`}
                      label={part.label}
                      hint={part.hint}
                      optional={part.optional}
                      multiline
                      rows={2}
                      value={parts()[part.key]}
                      maxLength={MAX_TEXT}
                      error={part.key === 'learned' ? problem() : undefined}
                      onValue={(text) => {
                        updateWorkbook((d) => setThankYouPart(d, who().id, part.key, text));
                        if (part.key === 'learned' && problem() && text.trim()) setProblem(undefined);
                      }}
                    />
                  )}
                </For>
              </fieldset>
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
      </Show>
    </div>
  );
}

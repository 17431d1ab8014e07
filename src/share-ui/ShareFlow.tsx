import { createEffect, createMemo, createSignal, For, on, onMount, Show } from 'solid-js';
import type { PlanTarget } from '../advisors/catalog';
import { localDay } from '../lib/days';
import { announce } from '../scripts/announce';
import { partChoices } from '../share/choice-words';
import { loadDetails, saveDetails } from '../share/details-store';
import { charactersText, SHARE_LINK_TARGET, shareLinkAdvice } from '../share/limits';
import { canPack, MAX_LINK_TEXT, pack } from '../share/payload';
import { planProgress } from '../share/plan-progress';
import { makeShareLink, openShareLink } from '../share/share-link';
import {
  buildSnapshot,
  defaultChoices,
  holdsPrivateParts,
  type ShareChoices,
  type ShareDetails,
  type SharePart,
} from '../share/snapshot';
import type { Snapshot } from '../share/snapshot-schema';
import type { Workbook } from '../workbook/model';
import { createStorageAdapter } from '../workbook/storage-adapter';
import { Field } from '../worksheets/shared/Field';
import { CodeChoice, type CodeState } from './CodeChoice';
import { FlowActions } from './FlowActions';
import { LinkResult } from './LinkResult';
import { SnapshotView } from './SnapshotView';

/** The browser's localStorage, wrapped so that nothing throws. */
const pageStorage = () => createStorageAdapter(() => window.localStorage);

/** A plan open on the plan page, to report on instead of the saved plans. */
export interface OpenPlan {
  note: string;
  meetingDate: string;
  targets: PlanTarget[];
}

/** Props: the workbook, the plan open on the plan page (if any), and what closing does. */
export interface ShareFlowProps {
  doc: () => Workbook;
  plan?: OpenPlan;
  onClose: () => void;
}

/** The summary as the advisor will read it: packed into a link's form and read back, as their page does. */
async function readBack(snapshot: Snapshot): Promise<Snapshot | undefined> {
  const opened = await openShareLink(await pack('share', JSON.stringify(snapshot)));
  return opened.ok ? opened.snapshot : undefined;
}

/**
 * "Share with my advisor": the student picks what to include, sees exactly what the advisor will
 * see, protects it with a code if they want (on at first for names and notes), and gets a link
 * (with a QR code when it is short). Nothing leaves the page: the student sends the link.
 */
export default function ShareFlow(props: ShareFlowProps) {
  const [choices, setChoices] = createSignal<ShareChoices>(defaultChoices());
  const [details, setDetails] = createSignal<ShareDetails>(loadDetails(pageStorage()));
  const [protect, setProtect] = createSignal(false);
  const [code, setCode] = createSignal<CodeState>({ code: '' });
  const [showCodeErrors, setShowCodeErrors] = createSignal(false);
  const [preview, setPreview] = createSignal<Snapshot>();
  const [link, setLink] = createSignal<{ url: string; code: string | null }>();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  let heading: HTMLHeadingElement | undefined;
  let result: HTMLDivElement | undefined;
  onMount(() => heading?.focus());

  const plans = () => (props.plan ? [planProgress(props.plan, props.doc())] : undefined);
  const options = createMemo(() =>
    partChoices(props.doc(), props.plan ? 1 : props.doc().plans.length, localDay(new Date())),
  );
  const snapshotAt = (now: Date) => buildSnapshot(props.doc(), choices(), details(), now, { plans: plans() });

  // The preview follows every choice; a link made before a change no longer matches it, so it goes.
  let round = 0;
  createEffect(() => {
    const snapshot = snapshotAt(new Date());
    const mine = ++round;
    if (!canPack()) return;
    void readBack(snapshot).then((read) => {
      if (mine === round) setPreview(read);
    });
  });
  createEffect(on([choices, details, protect, code], () => setLink(undefined), { defer: true }));

  const choose = (part: SharePart | 'fullNames', on: boolean) => {
    const next = { ...choices(), [part]: on };
    // Names and notes are private: a code is suggested as soon as one is switched on.
    if (on && holdsPrivateParts(next) && !holdsPrivateParts(choices())) setProtect(true);
    setChoices(next);
    setProblem(undefined);
  };
  const type = (key: keyof ShareDetails, value: string) => {
    setDetails({ ...details(), [key]: value });
    saveDetails(pageStorage(), details());
  };

  const make = async () => {
    setProblem(undefined);
    if (!canPack()) {
      setProblem('This browser cannot make links. Use a recent version of Chrome, Edge, Firefox or Safari.');
      return;
    }
    if (protect() && code().problem) {
      setShowCodeErrors(true);
      document.getElementById('share-code-own')?.focus();
      return;
    }
    setBusy(true);
    round++;
    const now = new Date();
    const snapshot = snapshotAt(now);
    const secret = protect() ? code().code : null;
    const url = await makeShareLink(window.location.origin, snapshot, secret);
    setPreview(await readBack(snapshot));
    setBusy(false);
    if (url.length - url.indexOf('#') > MAX_LINK_TEXT) {
      setProblem(
        `This is too much for one link (${charactersText(url.length)}). Leave out your interview notes, or some other parts.`,
      );
      return;
    }
    setLink({ url, code: secret });
    announce('Your link is ready.');
    result?.focus();
  };

  return (
    <div class="share-flow worksheet">
      <h3 id="share-choose" tabindex="-1" ref={heading}>
        Choose what to share
      </h3>
      <fieldset>
        <legend>What your advisor will see</legend>
        <For each={options()}>
          {(option) => (
            <>
              <div class="choice">
                <input
                  type="checkbox"
                  id={`share-${option.part}`}
                  checked={choices()[option.part]}
                  aria-describedby={`share-${option.part}-hint`}
                  onChange={(e) => choose(option.part, e.currentTarget.checked)}
                />
                <div>
                  <label for={`share-${option.part}`}>{option.label}</label>
                  <p class="hint choice-hint" id={`share-${option.part}-hint`}>
                    {option.hint}
                  </p>
                </div>
              </div>
              <Show when={option.part === 'about' && choices().about}>
                <div class="choice-more">
                  <Field
                    id="share-name"
                    label="Your name"
                    optional
                    maxLength={200}
                    autocomplete="name"
                    value={details().name}
                    onValue={(v) => type('name', v)}
                  />
                  <Field
                    id="share-studies"
                    label="What you study"
                    optional
                    hint="For example: third year, environmental science."
                    maxLength={200}
                    value={details().studies}
                    onValue={(v) => type('studies', v)}
                  />
                </div>
              </Show>
              <Show when={option.part === 'questions' && choices().questions}>
                <div class="choice-more">
                  <Field
                    id="share-questions"
                    label="Your questions for your advisor"
                    optional
                    multiline
                    rows={3}
                    maxLength={2000}
                    value={details().questions}
                    onValue={(v) => type('questions', v)}
                  />
                </div>
              </Show>
            </>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>Names of people</legend>
        <div class="choice">
          <input
            type="checkbox"
            id="share-fullNames"
            checked={choices().fullNames}
            aria-describedby="share-fullNames-hint"
            onChange={(e) => choose('fullNames', e.currentTarget.checked)}
          />
          <div>
            <label for="share-fullNames">Show full names</label>
            <p class="hint choice-hint" id="share-fullNames-hint">
              Off: people are shown by their initials, like M. O.
            </p>
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Protect with a code</legend>
        <div class="choice">
          <input
            type="checkbox"
            id="share-protect"
            checked={protect()}
            aria-describedby="share-protect-hint"
            onChange={(e) => setProtect(e.currentTarget.checked)}
          />
          <div>
            <label for="share-protect">Lock the link with a code</label>
            <p class="hint choice-hint" id="share-protect-hint">
              Your advisor types the code to open the link. Give it to them apart from the link: say it, or send it in
              another message.
            </p>
          </div>
        </div>
        <Show when={protect()}>
          <CodeChoice id="share-code" onChange={setCode} showErrors={showCodeErrors()} />
        </Show>
      </fieldset>
      <p class="share-warning">
        <strong>Before you send it:</strong> anyone who has the link{protect() ? ' and the code' : ''} can read what you
        share. A link cannot be taken back. It keeps working for as long as this site is online.
      </p>

      <section class="share-preview" aria-labelledby="share-preview-title">
        <h3 id="share-preview-title">Preview: exactly what your advisor will see</h3>
        <Show when={preview()} fallback={<p>Making the preview…</p>}>
          {(shown) => (
            <div class="shared-frame">
              <SnapshotView snapshot={shown()} level={4} />
            </div>
          )}
        </Show>
      </section>

      <FlowActions
        label="Make the link"
        busyLabel="Making the link…"
        busy={busy()}
        problem={problem()}
        onAction={() => void make()}
        onClose={() => props.onClose()}
      />

      <Show when={link()}>
        {(made) => (
          <div class="share-result" tabindex="-1" ref={result}>
            <LinkResult
              id="share-link"
              label="Link for your advisor"
              link={made().url}
              qr={shareLinkAdvice(made().url.length).qr}
              qrLabel="QR code of the link for your advisor. Scan it with a phone camera to open it."
            >
              <Show when={made().code}>
                {(secret) => (
                  <p>
                    The code: <strong class="code-words">{secret()}</strong>. Give it to your advisor apart from the
                    link.
                  </p>
                )}
              </Show>
              <Show when={shareLinkAdvice(made().url.length).long}>
                <p class="share-warning">
                  This link is long: more than {charactersText(SHARE_LINK_TARGET)}. Some email and chat apps cut long
                  links. To make it shorter, leave out your interview notes or your pitch versions.
                </p>
              </Show>
            </LinkResult>
          </div>
        )}
      </Show>
    </div>
  );
}

import { createEffect, createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { formatDay } from '../lib/format-day';
import { timeInWords } from '../lib/time-in-words';
import { announce } from '../scripts/announce';
import type ShareFlowType from '../share-ui/ShareFlow';
import { updateWorkbook } from '../workbook/client';
import type { Workbook } from '../workbook/model';
import { worksheetById } from '../worksheets/registry';
import { LoadProblem, onDemand } from '../worksheets/shared/on-demand';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { WorkbookStatus } from '../worksheets/shared/WorkbookStatus';
import { combinedProgress, PROGRESS_LABELS, type Progress } from '../worksheets/step-progress';
import { isKnownCode, isRetiredCode, type PlanTarget, targetOf } from './catalog';
import { MAX_NOTE, type PlanProblemKind, planId, type ReadPlan, readPlan } from './codec';

/** Words for each kind of target, before the page it is on. */
const KIND_WORDS: Readonly<Record<PlanTarget['kind'], string>> = {
  page: 'Page',
  section: 'Section',
  worksheet: 'Worksheet',
};

/** The student's progress on a target, or undefined for a section to read. */
function progressOf(target: PlanTarget, doc: Workbook): Progress | undefined {
  return combinedProgress(target.worksheets, doc);
}

/** What the plan page shows of a plan: the known targets, and the kinds of problems with their counts. */
function resolve(plan: ReadPlan) {
  const removed = plan.unknown.filter(isRetiredCode).length;
  const unknown = plan.unknown.length - removed;
  const problems: { kind: PlanProblemKind; count: number }[] = plan.problems
    .filter((kind) => kind !== 'empty' && kind !== 'unknown-items')
    .map((kind) => ({ kind, count: 0 }));
  if (unknown) problems.push({ kind: 'unknown-items', count: unknown });
  if (removed) problems.push({ kind: 'removed-items', count: removed });
  return { targets: plan.items.map(targetOf).filter((t): t is PlanTarget => t !== undefined), problems };
}

// The problems' words (plan-problems.ts) are fetched only for a link that has a problem, a rare state.
const problemWords = onDemand(() => import('./plan-problems').then((m) => m.problemWords));

/**
 * "Your plan": the plan in the link's fragment, with the advisor's note as plain text, the next
 * meeting, each item with its link and the student's progress, and a button to save it.
 */
export default function PlanView(props: { lang: string }) {
  // Plain data: progress is counted over every person, without a store read per person.
  const doc = useWorkbookData();
  const [hash, setHash] = createSignal<string>();
  const [saved, setSaved] = createSignal(false);
  const [qrBox, setQrBox] = createSignal<HTMLDivElement>();
  // "Share my progress back": the share chooser (src/share-ui/), fetched when first opened.
  const [shareFlow, setShareFlow] = createSignal<typeof ShareFlowType>();
  const [sharing, setSharing] = createSignal(false);
  const openShare = () => {
    setSharing(true);
    if (!shareFlow()) void import('../share-ui/ShareFlow').then((m) => setShareFlow(() => m.default));
  };
  const readHash = () => {
    setHash(window.location.hash);
    setSaved(false);
  };
  onMount(() => {
    // A link whose "#" became "?" on the way (some mail programs do that): read it, and put the
    // plan back after "#" so that a reload or a bookmark keeps it.
    const { search } = window.location;
    if (!window.location.hash && /^\?v\d+\./i.test(search))
      history.replaceState(history.state, '', `${window.location.pathname}#${search.slice(1)}`);
    readHash();
    window.addEventListener('hashchange', readHash);
    onCleanup(() => window.removeEventListener('hashchange', readHash));
  });

  const plan = createMemo(() => {
    const h = hash();
    return h === undefined ? undefined : readPlan(h, isKnownCode);
  });
  const parts = createMemo(() => {
    const p = plan();
    return p ? resolve(p) : { targets: [], problems: [] };
  });
  const problems = () => parts().problems;
  // A plan with problems shows once their words are here (or could not be fetched), so that the
  // notice above the plan never pushes it down.
  const shown = () => !!plan() && (problems().length === 0 || !!problemWords() || problemWords.failed());
  const nothing = () => {
    const p = plan();
    return !!p && p.items.length === 0 && p.unknown.length === 0 && p.note === '';
  };
  const id = () => {
    const p = plan();
    return p ? planId(p) : '';
  };
  const isSaved = () => saved() || doc().plans.some((p) => p.id === id());

  // A printed plan carries a QR code of its link (the QR code maker loads once a plan is shown).
  createEffect(() => {
    const h = hash();
    const box = qrBox();
    if (!h || !box || nothing()) return;
    // The site's address is read by the QR code maker: the printed box is its only use here.
    void import('./qr-view').then(({ qrOnSite }) => {
      if (hash() !== h) return;
      const { url, code } = qrOnSite(`/plan/${h}`, 140);
      const caption = document.createElement('p');
      caption.textContent = `Scan the code to open this plan: ${url}`;
      box.replaceChildren(code, caption);
    });
  });
  const tracked = () => parts().targets.filter((t) => t.worksheets.length > 0);
  const doneCount = () => tracked().filter((t) => progressOf(t, doc()) === 'done').length;

  const save = () => {
    const p = plan();
    if (!p) return;
    const planIdNow = id();
    updateWorkbook((d) =>
      d.plans.some((x) => x.id === planIdNow)
        ? d
        : {
            ...d,
            plans: [
              ...d.plans,
              {
                id: planIdNow,
                savedAt: new Date().toISOString(),
                note: p.note,
                items: parts().targets.map((t) => t.href),
                meetingDate: p.meetingDate,
              },
            ],
          },
    );
    setSaved(true);
    announce('The plan is saved in your workbook.');
  };

  return (
    <div class="plan-view">
      <Show when={shown()} fallback={<p>Reading the plan in your link…</p>}>
        <Show when={problems().length}>
          <div class="notice" role="alert">
            <h2 class="notice-title">
              {problems().every((p) => p.kind === 'note-markup')
                ? 'About the note'
                : 'Some of this link could not be read'}
            </h2>
            <Show
              when={problemWords()}
              fallback={<LoadProblem what="explanation of what is wrong with this link" />}
              keyed
            >
              {(words) => (
                <ul>
                  <For each={problems()}>{(p) => <li>{words(p.kind, p.count)}</li>}</For>
                </ul>
              )}
            </Show>
          </div>
        </Show>

        <Show when={nothing()}>
          <div class="plan-empty">
            <p>
              This page shows a plan from your career advisor. Open the plan link your advisor sent you, and the plan
              appears here.
            </p>
            <p>
              No plan yet? Start with <a href="/steps/identify-your-networks/">step 1: identify your networks</a>, or
              see <a href="/workbook/">what you wrote so far</a>.
            </p>
          </div>
        </Show>

        <Show when={!nothing()}>
          <Show when={plan()?.note}>
            <h2 id="plan-note-title">Note from your advisor</h2>
            <p class="plan-note">{plan()?.note}</p>
          </Show>
          <Show when={plan()?.advisor}>
            <p class="plan-advisor">
              <strong>From: </strong>
              {plan()?.advisor}
            </p>
          </Show>
          <Show when={plan()?.meetingDate || plan()?.meetingTime || plan()?.place}>
            <p class="plan-meeting">
              <strong>Next meeting: </strong>
              <Show when={plan()?.meetingDate}>
                <time datetime={plan()?.meetingDate}>{formatDay(plan()?.meetingDate ?? '')}</time>
              </Show>
              <Show when={plan()?.meetingTime}>
                {plan()?.meetingDate ? ', at ' : 'at '}
                <time datetime={plan()?.meetingTime}>{timeInWords(plan()?.meetingTime ?? '', props.lang)}</time>
              </Show>
              <Show when={plan()?.place}>
                {plan()?.meetingDate || plan()?.meetingTime ? ', ' : ''}
                <span class="plan-place">{plan()?.place}</span>
              </Show>
            </p>
          </Show>

          <Show when={parts().targets.length}>
            <h2 id="plan-items-title">What to do</h2>
            <Show when={tracked().length}>
              <p>
                You have done {doneCount()} of {tracked().length} {tracked().length === 1 ? 'worksheet' : 'worksheets'}{' '}
                in this plan.
              </p>
            </Show>
            <ol class="plan-list" aria-labelledby="plan-items-title">
              <For each={parts().targets}>
                {(t) => {
                  const state = () => progressOf(t, doc());
                  const rules = () => t.worksheets.map((w) => worksheetById(w).done).join(' ');
                  return (
                    <li class="plan-item">
                      <a class="plan-item-link" href={t.href}>
                        {t.title}
                      </a>
                      <span class="plan-item-where">
                        {KIND_WORDS[t.kind]}
                        {t.kind === 'page' ? '' : `, in “${t.pageTitle}”`}
                      </span>
                      <Show when={state()} fallback={<span class="plan-status status-read">To read</span>}>
                        {(s) => (
                          <>
                            <span class={`plan-status status-${s()}`}>
                              <span class="sr-only">Progress: </span>
                              {PROGRESS_LABELS[s()]}
                            </span>
                            <span class="plan-item-rule">{rules()}</span>
                          </>
                        )}
                      </Show>
                    </li>
                  );
                }}
              </For>
            </ol>
          </Show>

          <div class="plan-print-qr print-only" ref={setQrBox} />

          <div class="plan-save">
            <Show
              when={isSaved()}
              fallback={
                <>
                  <p>Save this plan to keep it in your workbook, in this browser only.</p>
                  <button type="button" class="button" onClick={save}>
                    Save this plan to my workbook
                  </button>
                </>
              }
            >
              <p class="plan-saved">
                This plan is saved in your workbook. <a href="/workbook/">Open my workbook</a>.
              </p>
            </Show>
            <WorkbookStatus />
          </div>

          <section class="plan-share" aria-labelledby="plan-share-title">
            <h2 id="plan-share-title" tabindex="-1">
              Share my progress back
            </h2>
            <p>Send your advisor a link that shows how far you are with this plan. You choose what else it shows.</p>
            <Show
              when={sharing() && shareFlow()}
              keyed
              fallback={
                <button type="button" class="button secondary" onClick={openShare}>
                  Share my progress back
                </button>
              }
            >
              {(ShareFlow) => (
                <ShareFlow
                  doc={doc}
                  plan={{ note: plan()?.note ?? '', meetingDate: plan()?.meetingDate ?? '', targets: parts().targets }}
                  onClose={() => {
                    setSharing(false);
                    document.getElementById('plan-share-title')?.focus();
                  }}
                />
              )}
            </Show>
          </section>
        </Show>
      </Show>
      <p class="hint plan-limits">
        A plan link holds everything itself: nothing about it is sent anywhere. Notes are cut at {MAX_NOTE} characters.
      </p>
    </div>
  );
}

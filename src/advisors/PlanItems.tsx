import { createEffect, createSignal, For, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import type ShareFlowType from '../share-ui/ShareFlow';
import { updateWorkbook } from '../workbook/client';
import type { Workbook } from '../workbook/model';
import { worksheetById } from '../worksheets/registry';
import { useWorkbookData } from '../worksheets/shared/use-workbook';
import { WorkbookStatus } from '../worksheets/shared/WorkbookStatus';
import { combinedProgress, PROGRESS_LABELS, type Progress } from '../worksheets/step-progress';
import type { PlanTarget } from './catalog-rows';
import { planId } from './codec';
import { linkHash, linkPlan, noPlan, planShown, planTargets, unresolved, useLinkRead } from './plan-in-link';

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

/**
 * "Your plan", its items: each with its link and the student's progress, the plan's QR code for
 * print, a button to save the plan in the workbook, and "Share my progress back".
 */
export default function PlanItems() {
  // Plain data: progress is counted over every person, without a store read per person.
  const doc = useWorkbookData();
  // The link whose plan was saved here: a new plan link opened in the same tab is not saved yet.
  const [savedLink, setSavedLink] = createSignal<string>();
  const [qrBox, setQrBox] = createSignal<HTMLDivElement>();
  // "Share my progress back": the share chooser (src/share-ui/), fetched when first opened.
  const [shareFlow, setShareFlow] = createSignal<typeof ShareFlowType>();
  const [sharing, setSharing] = createSignal(false);
  const openShare = () => {
    setSharing(true);
    if (!shareFlow()) void import('../share-ui/ShareFlow').then((m) => setShareFlow(() => m.default));
  };
  const started = useLinkRead();

  const plan = linkPlan;
  const targets = planTargets;
  const id = () => {
    const p = plan();
    return p ? planId(p) : '';
  };
  const isSaved = () => savedLink() === linkHash() || doc().plans.some((p) => p.id === id());

  // A printed plan carries a QR code of its link (the QR code maker loads once a plan is shown).
  createEffect(() => {
    const h = linkHash();
    const box = qrBox();
    if (!h || !box || noPlan()) return;
    // The site's address is read by the QR code maker: the printed box is its only use here.
    void import('./qr-view').then((m) => {
      if (linkHash() === h) m.fillPlanQr(box, `/plan/${h}`);
    });
  });
  const tracked = () => targets().filter((t) => t.worksheets.length > 0);
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
                items: targets().map((t) => t.href),
                meetingDate: p.meetingDate,
              },
            ],
          },
    );
    setSavedLink(linkHash());
    announce('The plan is saved in your workbook.');
  };

  return (
    <div class="plan-parts">
      <Show when={started() && planShown() && !noPlan()}>
        <Show when={targets().length}>
          <h2 id="plan-items-title">What to do</h2>
          <Show when={tracked().length}>
            <p>
              You have done {doneCount()} of {tracked().length} {tracked().length === 1 ? 'worksheet' : 'worksheets'} in
              this plan.
            </p>
          </Show>
          <ol class="plan-list" aria-labelledby="plan-items-title">
            <For each={targets()}>
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

        <Show when={!unresolved()}>
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
                  plan={{ note: plan()?.note ?? '', meetingDate: plan()?.meetingDate ?? '', targets: targets() }}
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
    </div>
  );
}

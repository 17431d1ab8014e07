// The plan in the plan page's link, read once for the page's two islands (PlanView: the advisor's
// note and the meeting; PlanItems: the items with progress, saving and sharing back): the link's
// fragment, the guide's parts written into the page (page-catalog.ts), and the plan read from them.
import { type Accessor, createSignal, onMount } from 'solid-js';
import { onDemand } from '../worksheets/shared/on-demand';
import type { PlanTarget } from './catalog-rows';
import { type ReadPlan, readPlan } from './codec';
import { type PageCatalog, readPageCatalog } from './page-catalog';
import type { PageProblemKind } from './plan-problems';

/** A problem of the plan on the page, with how many items it is about. */
export interface PageProblem {
  kind: PageProblemKind;
  count: number;
}

/**
 * What the plan page shows of a plan: the known targets, and the kinds of problems with their
 * counts. Without the page's catalog, no item can be shown, and the plan says so.
 */
function resolve(plan: ReadPlan, catalog: PageCatalog | undefined) {
  const removed = catalog ? plan.unknown.filter(catalog.isRetired).length : 0;
  const unknown = plan.unknown.length - removed;
  const problems: PageProblem[] = plan.problems
    .filter((kind) => kind !== 'empty' && kind !== 'unknown-items')
    .map((kind) => ({ kind, count: 0 }));
  if (!catalog && plan.items.length) problems.push({ kind: 'no-catalog', count: plan.items.length });
  if (unknown) problems.push({ kind: 'unknown-items', count: unknown });
  if (removed) problems.push({ kind: 'removed-items', count: removed });
  const targets = catalog ? plan.items.map(catalog.targetOf).filter((t): t is PlanTarget => t !== undefined) : [];
  return { targets, problems };
}

// The problems' words (plan-problems.ts) are fetched only for a link that has a problem, a rare state.
export const problemWords = onDemand(() => import('./plan-problems').then((m) => m.problemWords));

const [hash, setHash] = createSignal<string>();
/** The guide's sections and worksheets, read from the page once the link is first read. */
let catalog: PageCatalog | undefined;
let reading = false;

/** Starts reading the link, once for the page, whichever island starts first; then follows changes. */
function readLink(): void {
  if (reading) return;
  reading = true;
  catalog = readPageCatalog(document);
  // A link whose "#" became "?" on the way (some mail programs do that): read it, and put the
  // plan back after "#" so that a reload or a bookmark keeps it.
  const { search } = window.location;
  if (!window.location.hash && /^\?v\d+\./i.test(search))
    history.replaceState(history.state, '', `${window.location.pathname}#${search.slice(1)}`);
  const read = () => setHash(window.location.hash);
  read();
  window.addEventListener('hashchange', read);
}

/** The plan read from the link, with its parts, kept for the fragment it was read from. */
let read: { hash: string; plan: ReadPlan; parts: ReturnType<typeof resolve> } | undefined;

/** The plan in the link with its parts, read again only when the fragment changes (a plain cache: no memo, no root). */
function current() {
  const h = hash();
  if (h === undefined) return undefined;
  if (read?.hash !== h) {
    // Without the catalog every code is kept, so that nothing of the plan is counted as unknown.
    const plan = readPlan(h, catalog ? catalog.isKnown : () => true);
    read = { hash: h, plan, parts: resolve(plan, catalog) };
  }
  return read;
}

/** The link's fragment as read ("#v1.…"), or undefined before it is read. */
export const linkHash = hash;

/** The plan in the link, or undefined before it is read. */
export const linkPlan = (): ReadPlan | undefined => current()?.plan;

/** The plan's items that name parts of the guide, in the advisor's order. */
export const planTargets = (): PlanTarget[] => current()?.parts.targets ?? [];

/** What is wrong with the link, by kind, with counts. */
export const planProblems = (): PageProblem[] => current()?.parts.problems ?? [];

/** True when the plan's items cannot be shown (no catalog): they cannot be saved or shared back either. */
export const unresolved = () => planProblems().some((p) => p.kind === 'no-catalog');

/** True for a link without a plan in it: the page says where plans come from. */
export const noPlan = () => {
  const p = linkPlan();
  return !!p && p.items.length === 0 && p.unknown.length === 0 && p.note === '';
};

/**
 * True once the plan can be shown: it is read and, for a link with problems, their words are here
 * (or could not be fetched), so that the notice above the plan never pushes the rest of it down.
 */
export const planShown = () =>
  !!linkPlan() && (planProblems().length === 0 || !!problemWords() || problemWords.failed());

/**
 * True once this island has started and the link is read. Each island draws its first pass as the
 * server did (the plan not read yet, whatever another island read), then the plan.
 */
export function useLinkRead(): Accessor<boolean> {
  const [started, setStarted] = createSignal(false);
  onMount(() => {
    readLink();
    setStarted(true);
  });
  return started;
}

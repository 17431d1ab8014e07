import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';
import { Field } from '../worksheets/shared/Field';
import type { PlanTemplate } from './advisor-page';
import { cleanNote, encodePlan, MAX_ITEMS, MAX_LINE, MAX_NOTE, type Plan, planUrl } from './codec';
import { ITEM_INPUT_NAME, itemBoxes } from './plan-items';

interface Chosen {
  code: string;
  /** The item in words, with its page: "Identify your networks: What to do". */
  label: string;
}

/** The ticked items on the page, in reading order. */
function readChosen(): Chosen[] {
  return itemBoxes()
    .filter((box) => box.checked)
    .map((box) => {
      const page = box.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
      const item = box.labels?.[0]?.textContent?.trim() ?? box.value;
      return { code: box.value, label: page ? `${page}: ${item}` : item };
    });
}

/** Ticks a template's items (as if the advisor had, so the limit holds); returns how many it added. */
function tickTemplate(template: PlanTemplate): number {
  let added = 0;
  for (const box of itemBoxes()) {
    if (box.checked || !template.codes.includes(box.value)) continue;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    if (box.checked) added++;
  }
  return added;
}

/**
 * The plan link maker on the advisor page: it follows the ticked sections and worksheets, takes
 * a note, the advisor's name and the next meeting, and shows the link to copy or as a QR code.
 * Nothing is sent anywhere.
 */
export default function PlanBuilder(props: { siteUrl: string; templates: PlanTemplate[] }) {
  const [chosen, setChosen] = createSignal<Chosen[]>([]);
  const [note, setNote] = createSignal('');
  const [advisor, setAdvisor] = createSignal('');
  const [date, setDate] = createSignal('');
  const [time, setTime] = createSignal('');
  const [place, setPlace] = createSignal('');
  const [template, setTemplate] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [copied, setCopied] = createSignal(false);
  const [fallback, setFallback] = createSignal(false);
  const [showQr, setShowQr] = createSignal(false);
  let output: HTMLTextAreaElement | undefined;
  let qrBox: HTMLDivElement | undefined;

  const update = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.name === ITEM_INPUT_NAME) {
      setChosen(readChosen());
      setError(undefined);
      setCopied(false);
    }
  };
  onMount(() => {
    setChosen(readChosen());
    document.addEventListener('change', update);
    onCleanup(() => document.removeEventListener('change', update));
  });

  const plan = (): Plan => ({
    items: chosen().map((c) => c.code),
    note: note(),
    meetingDate: date(),
    meetingTime: time(),
    advisor: advisor(),
    place: place(),
  });
  const link = () => planUrl(props.siteUrl, plan());
  const tooMany = () => chosen().length > MAX_ITEMS;
  const empty = () => chosen().length === 0 && cleanNote(note()).note === '';
  const problem = () => {
    if (tooMany()) {
      const extra = chosen().length - MAX_ITEMS;
      return `A plan can hold up to ${MAX_ITEMS} items. You chose ${chosen().length}. Untick ${extra} ${extra === 1 ? 'item' : 'items'}.`;
    }
    return error();
  };

  /** Draws the QR code of the current link into its box (the QR code maker and its downloads load the first time). */
  const drawQr = async () => {
    if (!showQr() || !qrBox || empty() || tooMany()) return;
    const url = link();
    const [{ qrElement }, { qrDownloadRow }] = await Promise.all([import('./qr-view'), import('./qr-buttons')]);
    if (url === link()) qrBox.replaceChildren(qrElement(url, 200), qrDownloadRow(url, 'the plan link'));
  };
  const toggleQr = () => {
    setShowQr(!showQr());
    void drawQr();
  };
  /** Changes a part of the plan, then redraws an open QR code. */
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setError(undefined);
      setCopied(false);
      queueMicrotask(() => void drawQr());
    };

  const useTemplate = () => {
    const chosenTemplate = props.templates.find((t) => t.name === template());
    if (!chosenTemplate) {
      setError('Choose a template first.');
      return;
    }
    const already = chosenTemplate.codes.filter((code) => chosen().some((c) => c.code === code)).length;
    const added = tickTemplate(chosenTemplate);
    const missed = chosenTemplate.codes.length - already - added;
    if (!cleanNote(note()).note && chosenTemplate.note) setNote(chosenTemplate.note);
    setChosen(readChosen());
    void drawQr();
    announce(
      missed > 0
        ? `Added ${added} items from “${chosenTemplate.name}”. ${missed} did not fit: a plan holds up to ${MAX_ITEMS} items.`
        : `Added ${added} items from “${chosenTemplate.name}”.`,
    );
  };

  const copy = async () => {
    if (empty()) {
      setError('Choose at least one section or worksheet, or write a note, before you copy the link.');
      return;
    }
    if (tooMany()) return;
    if (await copyText(link())) {
      setCopied(true);
      setFallback(false);
      announce('Plan link copied.');
      setTimeout(() => setCopied(false), 2000);
      return;
    }
    setFallback(true);
    output?.focus();
    output?.select();
  };

  const clear = () => {
    for (const box of itemBoxes()) box.checked = false;
    itemBoxes()[0]?.dispatchEvent(new Event('change', { bubbles: true }));
    setChosen([]);
    for (const set of [setNote, setAdvisor, setDate, setTime, setPlace, setTemplate]) set('');
    setError(undefined);
    setShowQr(false);
    announce('The plan is cleared.');
  };

  return (
    <div class="plan-builder-body">
      <Show when={props.templates.length}>
        <h3 id="plan-template-title">Start from a template</h3>
        <div class="field">
          <label for="plan-template">Template</label>
          <p class="hint" id="plan-template-hint">
            Adds the template’s items to those you ticked, and its note if yours is empty.
          </p>
          <div class="template-row">
            <select
              id="plan-template"
              aria-describedby="plan-template-hint"
              value={template()}
              onChange={(e) => setTemplate(e.currentTarget.value)}
            >
              <option value="">Choose a template</option>
              <For each={props.templates}>{(t) => <option value={t.name}>{t.name}</option>}</For>
            </select>
            <button type="button" class="small-button" onClick={useTemplate}>
              Use this template
            </button>
          </div>
        </div>
      </Show>

      <h3 id="plan-chosen-title">What the plan holds</h3>
      <div aria-live="polite">
        <Show
          when={chosen().length}
          fallback={
            <p>
              You have not chosen any sections or worksheets yet. <a href="#plan">Go to the list</a>.
            </p>
          }
        >
          <p>
            You chose {chosen().length} of up to {MAX_ITEMS} items:
          </p>
        </Show>
      </div>
      <Show when={chosen().length}>
        <ol class="plan-chosen">
          <For each={chosen()}>{(item) => <li>{item.label}</li>}</For>
        </ol>
      </Show>

      <Field
        id="plan-note"
        label="Note to the student"
        optional
        hint={`Up to ${MAX_NOTE} characters. The student sees it as plain text, as you typed it.`}
        multiline
        rows={3}
        maxLength={MAX_NOTE}
        value={note()}
        onValue={change(setNote)}
      />
      <Field
        id="plan-advisor"
        label="Your name"
        optional
        hint="The student sees who sent the plan."
        maxLength={MAX_LINE}
        autocomplete="name"
        value={advisor()}
        onValue={change(setAdvisor)}
      />
      <fieldset class="plan-meeting-fields">
        <legend>Your next meeting (optional)</legend>
        <p class="hint">The student sees it at the top of the plan.</p>
        <Field id="plan-date" type="date" label="Date" value={date()} onValue={change(setDate)} />
        <Field id="plan-time" type="time" label="Time" value={time()} onValue={change(setTime)} />
        <Field
          id="plan-place"
          label="Place"
          hint="A room, an address, or “Video call”."
          maxLength={MAX_LINE}
          value={place()}
          onValue={change(setPlace)}
        />
      </fieldset>

      <h3 id="plan-output-title">Plan link</h3>
      <Show when={problem()}>
        <p class="error-message" id="plan-error" role="alert">
          <span class="sr-only">Error: </span>
          {problem()}
        </p>
      </Show>
      <Show
        when={!empty() && !tooMany()}
        fallback={<p class="hint">The link appears here when you choose a section or worksheet, or write a note.</p>}
      >
        <div class="field">
          <label for="plan-url">Link to send to the student</label>
          <p class="hint" id="plan-url-hint">
            <Show when={fallback()} fallback={`The link is ${link().length} characters long.`}>
              Copying is blocked. The link is selected: copy it yourself.
            </Show>
          </p>
          <textarea
            id="plan-url"
            class="plan-url"
            readOnly
            rows={3}
            value={link()}
            aria-describedby="plan-url-hint"
            ref={output}
          />
        </div>
      </Show>
      <div class="button-row">
        <button
          type="button"
          class="button"
          onClick={() => void copy()}
          aria-describedby={problem() ? 'plan-error' : undefined}
        >
          {copied() ? 'Plan link copied' : 'Copy the plan link'}
        </button>
        <Show when={!empty() && !tooMany()}>
          <button
            type="button"
            class="button secondary"
            aria-expanded={showQr()}
            aria-controls="plan-qr"
            onClick={toggleQr}
          >
            QR code of the plan link
          </button>
          <a class="button secondary" href={`/plan/#${encodePlan(plan())}`} target="_blank" rel="noopener">
            Preview the plan (opens in a new tab)
          </a>
        </Show>
        <button type="button" class="small-button" onClick={clear}>
          Start a new plan
        </button>
      </div>
      <div id="plan-qr" class="qr-panel" hidden={!showQr() || empty() || tooMany()} ref={qrBox} />
    </div>
  );
}

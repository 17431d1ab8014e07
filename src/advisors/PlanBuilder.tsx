import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { announce } from '../scripts/announce';
import { copyText } from '../scripts/clipboard';
import { Field } from '../worksheets/shared/Field';
import { cleanNote, encodePlan, MAX_ITEMS, MAX_NOTE, planUrl } from './codec';

/** The name of the checkboxes on the advisor page that choose a plan's items. */
export const ITEM_INPUT_NAME = 'plan-item';

interface Chosen {
  code: string;
  /** The item in words, with its page: "Identify your networks: What to do". */
  label: string;
}

/** The ticked items on the page, in reading order. */
function readChosen(): Chosen[] {
  const boxes = document.querySelectorAll<HTMLInputElement>(`input[name="${ITEM_INPUT_NAME}"]`);
  return [...boxes]
    .filter((box) => box.checked)
    .map((box) => {
      const page = box.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
      const item = box.labels?.[0]?.textContent?.trim() ?? box.value;
      return { code: box.value, label: page ? `${page}: ${item}` : item };
    });
}

/**
 * The plan link maker on the advisor page: it follows the ticked sections and worksheets, takes
 * a note and a meeting date, and shows the link to copy. Nothing is sent anywhere.
 */
export default function PlanBuilder(props: { siteUrl: string }) {
  const [chosen, setChosen] = createSignal<Chosen[]>([]);
  const [note, setNote] = createSignal('');
  const [date, setDate] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [copied, setCopied] = createSignal(false);
  const [fallback, setFallback] = createSignal(false);
  let output: HTMLTextAreaElement | undefined;

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

  const plan = () => ({ items: chosen().map((c) => c.code), note: note(), meetingDate: date() });
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
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[name="${ITEM_INPUT_NAME}"]`))
      box.checked = false;
    setChosen([]);
    setNote('');
    setDate('');
    setError(undefined);
    announce('The plan is cleared.');
  };

  return (
    <div class="plan-builder-body">
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
            You chose {chosen().length} {chosen().length === 1 ? 'item' : 'items'}:
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
        onValue={(v) => {
          setNote(v);
          setError(undefined);
        }}
      />
      <Field
        id="plan-date"
        type="date"
        label="Date of your next meeting"
        optional
        hint="The student sees it at the top of the plan."
        value={date()}
        onValue={setDate}
      />

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
          <a class="button secondary" href={`/plan/#${encodePlan(plan())}`} target="_blank" rel="noopener">
            Preview the plan (opens in a new tab)
          </a>
        </Show>
        <button type="button" class="small-button" onClick={clear}>
          Start a new plan
        </button>
      </div>
    </div>
  );
}

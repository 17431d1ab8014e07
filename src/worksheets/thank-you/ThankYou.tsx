import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { type Day, localDay } from '../../lib/days';
import { announce } from '../../scripts/announce';
import { updateWorkbook } from '../../workbook/client';
import { indexById } from '../../workbook/lookups';
import { type Contact, MAX_TEXT } from '../../workbook/model';
import { Field } from '../shared/Field';
import { dueWords } from '../shared/follow-up/due';
import { thankYouDue } from '../shared/follow-up/due-rules';
import { PAGE_SIZE } from '../shared/paging';
import { holdWhile } from '../shared/pending-changes';
import { followPerson } from '../shared/touch-source';
import { UndoBar } from '../shared/UndoBar';
import { useAtom } from '../shared/use-atom';
import { useWorkbookData } from '../shared/use-workbook';
import { WorkbookStatus } from '../shared/WorkbookStatus';
import { thankYouChoices } from './choice';
import { setThankYouPart, THANK_YOU_PARTS, thankYouDueLine } from './compose';
import { thankYouFor } from './saved';
import { $sentUndo, $thankYouPerson, $thankYouProblem, useThankYouPerson } from './thank-you-state';

/**
 * Step 6 worksheet, first island: whom to thank and the three parts to write. The "Signed as" line
 * and the message, with copy, email and "Mark as sent", are the next island (ThankYouMessage.tsx).
 */
export default function ThankYou() {
  // Plain data (no store on this page): the people, and the menu of them, through a map by id.
  const data = useWorkbookData();
  const [today, setToday] = createSignal<Day>('');
  const chosen = useThankYouPerson(data);
  const problem = useAtom($thankYouProblem);
  const undo = useAtom($sentUndo);
  // The person chosen is remembered by choose-person.ts, fetched at the first choice (leaving waits
  // for it; offline before the file was stored, the person is shown but not remembered).
  const rememberPerson = (id: string) =>
    holdWhile(import('../shared/choose-person')).then(
      (m) => m.choosePerson('thankYou', id),
      () => undefined,
    );

  onMount(() => setToday(localDay(new Date())));

  const contacts = createMemo(() => data().contacts);
  const people = createMemo(() => indexById(contacts()));
  const choices = createMemo(() => thankYouChoices(contacts()));
  // A long menu holds only the person shown until it is first used (focused): 5,000 names take seconds to draw on a phone.
  const [everyone, setEveryone] = createSignal(false);
  const offered = (list: readonly Contact[]) =>
    everyone() || contacts().length <= PAGE_SIZE ? list : list.filter((c) => c.id === chosen());
  const dueOffered = createMemo(() => offered(choices().due));
  const othersOffered = createMemo(() => offered(choices().others));
  const person = createMemo(() => people().get(chosen()));
  // A change here is recorded with the person shown (the "Continue" link reopens on them).
  followPerson('thankYou', () => person()?.id);
  const note = createMemo(() => thankYouFor(data(), chosen()));
  const parts = () => ({ thanks: note()?.thanks ?? '', learned: note()?.learned ?? '', action: note()?.action ?? '' });
  const sentOn = () => note()?.sentAt || person()?.thankedAt || '';

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
          const { undoSent } = await holdWhile(import('./sent'));
          updateWorkbook((d) => undoSent(d, info));
          announce(`The thank-you to ${info.contact.name} is no longer marked as sent.`);
          $sentUndo.set(undefined);
        }}
        onDismiss={() => $sentUndo.set(undefined)}
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
              $thankYouPerson.set(e.currentTarget.value);
              rememberPerson(e.currentTarget.value);
              $thankYouProblem.set(undefined);
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
                        if (part.key === 'learned' && problem() && text.trim()) $thankYouProblem.set(undefined);
                      }}
                    />
                  )}
                </For>
              </fieldset>
            </>
          )}
        </Show>
      </Show>
    </div>
  );
}

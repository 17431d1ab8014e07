import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { localDay } from '../../lib/local-day';
import { AUDIENCE_LABELS, CHECKLIST_LABELS } from '../../workbook/labels';
import type { Checklist, Workbook } from '../../workbook/model';
import { useChosenContact } from '../shared/chosen-contact';
import { DateField } from '../shared/DateField';
import { LoadProblem } from '../shared/on-demand';
import { blankPrep, CHECKLIST_KEYS, meetingDateNote, prepFor } from '../shared/prep';
import { useWorkbookData } from '../shared/use-workbook';
import { changePrepOf, type PrepChanges, prepChanges } from './load-changes';

const MEETING_DATE = { what: 'the date of the meeting' };

/**
 * Step 5 interview preparation, second island: the checklist before meeting the person chosen in the
 * first island (InterviewPrep.tsx), with the pitch version to use and the date of the meeting.
 */
export default function InterviewPrepChecklist() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  // The person's id as a memo: the person is plain data, a new object at each change of them.
  const contactId = createMemo(() => contact()?.id);
  const now = () => new Date();
  const prep = createMemo(() => {
    const c = contact();
    return c ? (prepFor(doc(), c.id) ?? blankPrep(c.id)) : undefined;
  });
  const name = () => contact()?.name ?? '';
  // Memos: the preparation is plain data, a new object at each change, and the date field and each
  // tick are written again only when their own value changes.
  const meetingAt = createMemo(() => prep()?.meetingAt ?? '');
  const ticked = (key: keyof Checklist) => createMemo(() => prep()?.checklist[key] ?? false);
  const [dateError, setDateError] = createSignal<string>();

  createEffect(on(contactId, () => setDateError(undefined), { defer: true }));

  /** Applies a change to the chosen person's preparation once the changes are here. */
  const change = (recipe: (changes: PrepChanges, d: Workbook, id: string) => Workbook) =>
    changePrepOf(contactId(), recipe);

  return (
    <div class="interview-prep">
      <Show
        when={contact() && prep()}
        fallback={
          <div class="s5-print-blank">
            <ul class="ip-print-checklist">
              <For each={CHECKLIST_KEYS}>{(key) => <li>{CHECKLIST_LABELS[key]}</li>}</For>
            </ul>
          </div>
        }
      >
        <Show when={prepChanges.failed()}>
          <LoadProblem what="part that saves your preparation" />
        </Show>
        <fieldset class="ip-checklist">
          <legend>Before you meet {name()}</legend>
          <For each={CHECKLIST_KEYS}>
            {(key) => {
              const done = ticked(key);
              return (
                <>
                  <div class="choice">
                    <input
                      type="checkbox"
                      id={`ip-check-${key}`}
                      checked={done()}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        change(({ setChecklist }, d, cid) => setChecklist(d, cid, key, on));
                      }}
                    />
                    <label for={`ip-check-${key}`}>{CHECKLIST_LABELS[key]}</label>
                  </div>
                  <Show when={key === 'pitch'}>
                    <div class="field ip-indent">
                      <Show
                        when={doc().pitches.length}
                        fallback={
                          <p class="hint">
                            You have no pitch yet. Write one in{' '}
                            <a href="/steps/elevator-pitch/#pitch-builder">your pitch builder (step 4)</a>.
                          </p>
                        }
                      >
                        <label for="ip-pitch">Pitch version to use</label>
                        <select
                          id="ip-pitch"
                          onChange={(e) => {
                            const id = e.currentTarget.value;
                            change(({ setPitch }, d, cid) => setPitch(d, cid, id));
                          }}
                        >
                          <option value="" selected={!prep()?.pitchId}>
                            Choose a version
                          </option>
                          <For each={doc().pitches}>
                            {(p) => (
                              <option value={p.id} selected={p.id === prep()?.pitchId}>
                                {p.name || 'Untitled pitch'} ({AUDIENCE_LABELS[p.audience]})
                              </option>
                            )}
                          </For>
                        </select>
                      </Show>
                    </div>
                  </Show>
                </>
              );
            }}
          </For>
          <DateField
            id="ip-meeting"
            class="s5-date ip-indent"
            label="Date of the meeting"
            optional
            hint="Once you agree on a day. It marks the person as “Meeting set”."
            value={meetingAt()}
            error={dateError()}
            onError={setDateError}
            rule={MEETING_DATE}
            onValue={(date) => change(({ setMeetingDate }, d, cid) => setMeetingDate(d, cid, date, now()))}
          />
          <Show when={meetingDateNote(prep()?.meetingAt ?? '', localDay(now()))}>
            {(note) => <p class="s5-note ip-indent">{note()}</p>}
          </Show>
        </fieldset>
      </Show>
    </div>
  );
}

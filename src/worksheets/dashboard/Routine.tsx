import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Day } from '../../lib/days';
import { updateWorkbook } from '../../workbook/client';
import { ROUTINE_DAYS, type Routine as RoutineData, type Workbook } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { Field } from '../shared/Field';
import {
  changeRoutine,
  DAY_NAMES,
  GOAL_CHOICES,
  lengthWords,
  nextSessionWords,
  pageLang,
  ROUTINE_LENGTHS,
  routineWords,
} from '../shared/routine/routine';
import { goalWords, streakWords, weeklyStreak } from '../shared/routine/streak';

/** Props of the weekly routine. */
export interface RoutineProps {
  doc: Workbook;
  /** Today in the student's calendar; '' until known (before the island has started). */
  today: Day;
  /** The dashboard's full address, written into the calendar event. */
  dashboardUrl: string;
}

/** A menu of the routine, labelled, with its choices and one for "not chosen". */
function Menu(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  none: string;
  choices: ReadonlyArray<readonly [string, string]>;
  onValue: (value: string) => void;
}) {
  return (
    <div class="field no-print">
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <select
        id={props.id}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        <option value="" selected={props.value === ''}>
          {props.none}
        </option>
        <For each={props.choices}>
          {([value, words]) => (
            <option value={value} selected={props.value === value}>
              {words}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

/** Step 7: the weekly networking time (with its repeating calendar event), the weekly goal and the streak. */
export function Routine(props: RoutineProps) {
  const r = (): RoutineData => props.doc.routine;
  const set = (key: keyof RoutineData) => (value: string) => updateWorkbook((d) => changeRoutine(d, key, value));
  const [error, setError] = createSignal('');
  const streak = createMemo(() => (props.today ? weeklyStreak(props.doc.contacts, r().goal, props.today) : undefined));
  // A length stored outside the menu's choices (from another version) stays shown and chosen.
  const lengths = createMemo(() => {
    const all: number[] = [...ROUTINE_LENGTHS];
    if (r().minutes && !all.includes(r().minutes)) all.push(r().minutes);
    return all.sort((a, b) => a - b).map((m) => [String(m), lengthWords(m)] as const);
  });
  const goals = createMemo(() => {
    const all = [...GOAL_CHOICES];
    if (r().goal && !all.includes(r().goal)) all.push(r().goal);
    return all.map((n) => [String(n), `Reach out to ${countOf(n, 'person', 'people')}`] as const);
  });

  // The calendar file is made by code fetched at the click (routine-download.ts).
  const addToCalendar = async () => {
    setError('');
    try {
      const { downloadRoutineEvent } = await import('./routine-download');
      setError(downloadRoutineEvent(r(), props.today, props.dashboardUrl));
    } catch {
      setError('The calendar file could not be made. Check your connection and try again.');
    }
  };

  return (
    // On paper the choices print as the sentences below them. Once a day or a goal is chosen,
    // "db-started" makes the dashboard print with them instead of the paper plan (paper.css), as a
    // started step does; until then the routine does not print.
    <section
      class={r().day || r().goal ? 'db-routine db-started' : 'db-routine no-print'}
      aria-labelledby="db-routine-title"
    >
      <h4 id="db-routine-title">Your weekly networking time</h4>
      <p class="hint no-print">Pick one time each week, 30 to 60 minutes long, and keep it like a class.</p>
      <Menu
        id="db-day"
        label="Day"
        value={r().day}
        none="Choose a day"
        choices={ROUTINE_DAYS.map((d) => [d, DAY_NAMES[d]] as const)}
        onValue={set('day')}
      />
      <Field id="db-time" class="no-print" type="time" label="Start time" value={r().time} onValue={set('time')} />
      <Menu
        id="db-minutes"
        label="How long"
        value={r().minutes ? String(r().minutes) : ''}
        none="Choose a length"
        choices={lengths()}
        onValue={set('minutes')}
      />
      <Show when={r().day}>
        <p class="db-routine-words">
          <strong>{routineWords(r(), pageLang())}.</strong>{' '}
          <Show when={props.today}>{nextSessionWords(r(), props.today, pageLang())}</Show>
        </p>
      </Show>
      <div class="button-row no-print">
        <button type="button" class="button secondary" onClick={addToCalendar}>
          Add to your calendar (.ics file)
        </button>
      </div>
      <p class="hint no-print">
        The file holds one event that repeats every week. Open it to add it to Google Calendar, Outlook or Apple
        Calendar.
      </p>
      <Show when={error()}>
        <p class="error-message" role="alert">
          {error()}
        </p>
      </Show>

      <Menu
        id="db-goal"
        label="Your weekly goal"
        hint="People to reach out to each week. A person counts in a week when you reach out to them, meet them, thank them or have your last contact with them that week (the dates in your contact tracker)."
        value={r().goal ? String(r().goal) : ''}
        none="No weekly goal"
        choices={goals()}
        onValue={set('goal')}
      />
      <Show when={streak()}>
        {(s) => (
          <p class="db-streak">
            <strong>{goalWords(s().goal)}</strong> {streakWords(s())}
          </p>
        )}
      </Show>
    </section>
  );
}

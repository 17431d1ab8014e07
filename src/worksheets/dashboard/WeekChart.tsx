import { For, Show } from 'solid-js';
import { barsPath } from './week-bars';
import { WEEK_SERIES, type WeekCount, weekLabel, weeksSummary } from './weeks';

/** Props of the week at a glance. */
export interface WeekChartProps {
  weeks: WeekCount[];
  /** The weekly goal of people to reach out to, drawn as a line when there is one (see weeklyGoal). */
  goal?: number | undefined;
  /** With a goal: the people the student was in touch with each week, a column of the table. */
  people?: number[] | undefined;
}

const W = 360;
const H = 120;
const BASE = 112;
const TOP = 12;
const BAR = 7;

/**
 * The last weeks as small bars (messages, conversations, thank-yous) with the weekly goal as a line,
 * and the same numbers as a table, its accessible twin. The picture keeps one size (a fixed shape
 * that follows the width), so filling it in moves nothing.
 */
export function WeekChart(props: WeekChartProps) {
  const most = () => Math.max(1, props.goal ?? 0, ...props.weeks.flatMap((w) => [w.messages, w.talks, w.thanks]));
  const y = (n: number) => BASE - ((BASE - TOP) * n) / most();
  const slot = () => W / Math.max(1, props.weeks.length);
  return (
    <div class="db-week">
      <svg class="db-week-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={weeksSummary(props.weeks)}>
        <line class="db-week-base" x1="0" x2={W} y1={BASE} y2={BASE} />
        <For each={WEEK_SERIES}>
          {(series, k) => (
            <path
              class={`db-bar db-bar-${series.key}`}
              d={barsPath(
                props.weeks.map((week) => BASE - y(week[series.key])),
                { left: (i) => i * slot() + (slot() - 3 * BAR - 4) / 2 + k() * (BAR + 2), width: BAR, base: BASE },
              )}
            />
          )}
        </For>
        <Show when={props.goal}>
          {(goal) => (
            <>
              <line class="db-goal" x1="0" x2={W} y1={y(goal())} y2={y(goal())} />
              <text class="db-goal-text" x={W - 2} y={y(goal()) - 3} text-anchor="end">
                Goal: {goal()} {goal() === 1 ? 'person' : 'people'} a week
              </text>
            </>
          )}
        </Show>
      </svg>
      <p class="db-week-ends" aria-hidden="true">
        <span>{props.weeks.length} weeks ago</span>
        <span>This week</span>
      </p>
      <p class="db-week-key" aria-hidden="true">
        <For each={WEEK_SERIES}>
          {(series) => (
            <span>
              <span class={`db-key db-bar-${series.key}`} /> {series.label}
            </span>
          )}
        </For>
      </p>
      <div class="db-table db-week-table">
        <table>
          <caption>
            Messages sent, conversations held and thank-yous sent each week
            <Show when={props.people}>, and the people you were in touch with (your goal: {props.goal})</Show>, from the
            dates in your contact tracker
          </caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <For each={WEEK_SERIES}>
                {(series) => (
                  <th scope="col" class="db-num">
                    {series.short}
                  </th>
                )}
              </For>
              <Show when={props.people}>
                <th scope="col" class="db-num">
                  People
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.weeks}>
              {(week, i) => (
                <tr>
                  {/* Until today's date is known (before the island starts), a header that still names the row. */}
                  <th scope="row">{weekLabel(week.start) || `Week ${i() + 1}`}</th>
                  <For each={WEEK_SERIES}>{(series) => <td class="db-num">{week[series.key]}</td>}</For>
                  <Show when={props.people}>{(people) => <td class="db-num">{people()[i()] ?? 0}</td>}</Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </div>
  );
}

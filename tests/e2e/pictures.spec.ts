// The pictures of issue 20: the drawn network map (step 1), the path through the seven steps (home
// and each step page) and the week at a glance (step 7), each with the same facts as text.
import { expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { daysBefore, twentyPeople, twentyPeopleWorkbook } from './twenty-people';
import {
  layoutShift,
  NETWORK_MAP,
  openNetworkMap,
  openWorksheetAt,
  seededPageOnTestDay,
  TEST_TODAY,
} from './workbook-fixtures';

const HOME = '/';
const DASHBOARD = '/steps/repeat/';
const NAMES = twentyPeople().map((p) => p.name as string);

/** In the page: how many islands in view have not started yet (an island draws no box of its own, its children do). */
const unstartedInView = () =>
  [...document.querySelectorAll('astro-island[ssr]')].filter((island) =>
    [...island.children].some((child) => {
      const box = child.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    }),
  ).length;

/** The drawn map's SVG on step 1. */
const mapSvg = (page: Page) => page.locator('#network-map svg.nm-map-svg');

/** Waits until the map shows a dot for each of the 20 people. */
async function mapDrawn(page: Page): Promise<void> {
  await openNetworkMap(page);
  await expect(mapSvg(page).locator('a.nm-dot')).toHaveCount(20);
}

test.describe('the drawn network map', () => {
  test('shows every person of a 20-person workbook as a dot named in the SVG’s accessible text', async ({
    browser,
    baseURL,
  }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook());
    await mapDrawn(page);
    for (const name of NAMES) {
      await expect(mapSvg(page).getByRole('link', { name: new RegExp(`^Edit ${name}:`) })).toHaveCount(1);
    }
    // The picture's summary counts them, with the marks in words. The workbook was saved with three
    // circles; the map adds the two the step 1 page names since (school, community).
    await expect(mapSvg(page).getByRole('img')).toHaveAccessibleName(/20 people around you in 5 circles/);
    const high = twentyPeople().filter((p) => p.relevance === 3 || p.motivation === 3).length;
    await expect(mapSvg(page).getByRole('img')).toHaveAccessibleName(new RegExp(`${high} rated high in step 3`));
    // Rated high: a diamond (path), others a circle; contacted: filled.
    await expect(mapSvg(page).locator('a.nm-high path')).toHaveCount(high);
    await expect(mapSvg(page).locator('a.nm-dot:not(.nm-high) circle')).toHaveCount(20 - high);
    await expect(mapSvg(page).getByRole('link', { name: 'Edit Sam Lee: contacted' })).toHaveClass(/nm-contacted/);
    await page.context().close();
  });

  test('choosing a dot opens that person’s editor, by click and by keyboard', async ({ browser, baseURL }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook());
    await mapDrawn(page);
    await mapSvg(page)
      .getByRole('link', { name: /^Edit Sam Lee:/ })
      .click();
    const samName = page.locator('#nm-p1-name');
    await expect(samName).toBeFocused();
    await expect(samName).toHaveValue('Sam Lee');
    await expect(page.locator('#nm-p-p1 legend')).toHaveText('Edit Sam Lee');

    const hugo = mapSvg(page).getByRole('link', { name: /^Edit Hugo Laurent:/ });
    await hugo.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#nm-p19-name')).toBeFocused();
    await expect(page.locator('#nm-p19-name')).toHaveValue('Hugo Laurent');
    await page.context().close();
  });

  test('a tap on a phone opens the person too, and the page does not scroll sideways at 320 px', async ({
    browser,
    baseURL,
  }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook(), {
      viewport: { width: 320, height: 700 },
      hasTouch: true,
      isMobile: true,
    });
    await mapDrawn(page);
    // 20 names do not fit under the dots at this width: each dot shows initials, the full name stays its name.
    await expect(mapSvg(page).locator('.nm-initials')).toHaveCount(20);
    await mapSvg(page)
      .getByRole('link', { name: /^Edit Maria Lopez:/ })
      .tap();
    await expect(page.locator('#nm-p0-name')).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  test('axe finds nothing in the drawn map, light and dark', async ({ browser, baseURL }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook());
    await mapDrawn(page);
    await scanBothThemes(page, 'the network map with 20 people', { include: ['#network-map'] });
    await page.context().close();
  });
});

test.describe('the path through the seven steps', () => {
  // The seeded workbook: steps 1, 3, 4 and 6 done (20 people; a goal and a top five; a full pitch; a
  // thank-you and a date to get in touch again), 5 and 7 started (a pitch, work on steps 1 to 6), 2 not started.
  const STATES = ['done', 'not-started', 'done', 'done', 'started', 'done', 'started'];
  const WORDS = { done: 'Done', started: 'Started', 'not-started': 'Not started' } as const;

  test('shows each step’s state and the current step at the top of a step page', async ({ browser, baseURL }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook());
    await page.goto(NETWORK_MAP);
    const path = page.getByRole('navigation', { name: 'The seven steps' });
    await expect(path).toHaveAttribute('data-filled', '');
    for (const [i, state] of STATES.entries()) {
      const stop = path.locator(`li[data-step="${i + 1}"]`);
      await expect(stop).toHaveAttribute('data-state', state);
      await expect(stop.getByRole('link')).toHaveAccessibleName(
        new RegExp(`^${i + 1} .+, ${WORDS[state as keyof typeof WORDS]}$`),
      );
    }
    await expect(path.getByRole('link', { name: /Identify your networks/ })).toHaveAttribute('aria-current', 'step');
    await expect(path.locator('[aria-current]')).toHaveCount(1);
    await scanBothThemes(page, 'the step path', { include: ['.step-path'] });
    await page.context().close();
  });

  test('marks the states and the next step on the home page, and shows no state for an empty workbook', async ({
    browser,
    baseURL,
  }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook());
    await page.goto(HOME);
    const list = page.locator('.step-list');
    await list.scrollIntoViewIfNeeded();
    await expect(list).toHaveAttribute('data-filled', '');
    for (const [i, state] of STATES.entries()) {
      await expect(list.locator(`li[data-step="${i + 1}"]`)).toHaveAttribute('data-state', state);
    }
    await expect(list.locator('li[data-next]')).toHaveAttribute('data-step', '2');
    await expect(list.locator('li[data-step="2"] .sp-state')).toHaveText('Not started');
    await expect(list.locator('li[data-step="2"]').getByRole('link')).toHaveAccessibleName(
      /^Step 2\W+Not started\W+your next step\W+Expand your list$/,
    );
    await expect(list.locator('li[data-step="3"]').getByRole('link')).toHaveAccessibleName(
      /^Step 3\W+Done\W+Assess your goals$/,
    );
    await scanBothThemes(page, 'the steps on the home page', { include: ['.step-list'] });
    await page.context().close();

    const empty = await seededPageOnTestDay(browser, baseURL, undefined);
    await empty.goto(HOME);
    // The path's script loads when the steps come into view; with nothing saved it marks nothing.
    const loaded = empty.waitForResponse(/\/_astro\/step-path\./);
    await empty.locator('.step-list').scrollIntoViewIfNeeded();
    await loaded;
    await expect(empty.locator('.step-list li[data-step="1"]')).toBeVisible();
    await expect(empty.locator('.step-list li[data-state]')).toHaveCount(0);
    await empty.context().close();
  });

  test('a change in the worksheet shows on the path when it comes back into view', async ({ browser, baseURL }) => {
    const doc = twentyPeopleWorkbook() as { contacts: unknown[] };
    const page = await seededPageOnTestDay(browser, baseURL, { ...doc, contacts: doc.contacts.slice(0, 14) });
    await openNetworkMap(page);
    const first = page.locator('.step-path li[data-step="1"]');
    await expect(first).toHaveAttribute('data-state', 'started');
    const field = page.locator('#nm-name');
    await field.fill('Ines Costa');
    await field.press('Enter');
    await expect(page.locator('#network-map .save-status')).toHaveText(/saved/i);
    await page.locator('.step-path').scrollIntoViewIfNeeded();
    await expect(first).toHaveAttribute('data-state', 'done');
    await page.context().close();
  });
});

test.describe('the week at a glance', () => {
  /** The Monday of a 'YYYY-MM-DD' date, worked out here apart from the site's own code. */
  const monday = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  };
  const label = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    return `${d.getUTCDate()} ${d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })}`;
  };

  test('its table holds the tracker’s dates, week by week, for a fixed clock', async ({ browser, baseURL }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook());
    await openWorksheetAt(page, DASHBOARD, 'dashboard');
    const rows = page.locator('#dashboard .db-week tbody tr');
    await expect(rows).toHaveCount(12);
    await expect(rows.last().locator('th')).toHaveText(label(monday(TEST_TODAY)));

    // Count the seeded dates per week here, from the stored contacts.
    const expected = new Map<string, [number, number, number]>();
    for (let w = 0; w < 12; w++) expected.set(label(monday(daysBefore(7 * w))), [0, 0, 0]);
    for (const p of twentyPeople()) {
      for (const [k, field] of (['reachedOutAt', 'metAt', 'thankedAt'] as const).entries()) {
        const day = p[field] as string;
        const counts = day ? expected.get(label(monday(day))) : undefined;
        if (counts) counts[k] = (counts[k] ?? 0) + 1;
      }
    }
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
    expect(shown).toEqual([...expected.entries()].reverse().map(([week, counts]) => [week, ...counts.map(String)]));
    // The seeded workbook has dates in most weeks: the table is not all zeros.
    expect(shown.flatMap((r) => r.slice(1)).filter((n) => n !== '0').length).toBeGreaterThan(10);
    const sums = [0, 1, 2].map((k) => [...expected.values()].reduce((n, c) => n + (c[k] ?? 0), 0));
    await expect(page.locator('#dashboard .db-week-chart')).toHaveAccessibleName(
      `Your last 12 weeks: ${sums[0]} messages sent, ${sums[1]} conversations held, ${sums[2]} thank-yous sent. The table below has each week.`,
    );
    await scanBothThemes(page, 'the week at a glance', { include: ['#dashboard .db-week'] });
    await page.context().close();
  });

  test('does not move anything or scroll sideways when it fills in on a 320 px phone', async ({ browser, baseURL }) => {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook(), {
      viewport: { width: 320, height: 823 },
    });
    await page.goto(`${DASHBOARD}#db-week-title`);
    // The dashboard's sections are islands of their own, each started when it comes into view.
    await expect(page.locator('astro-island:has(#db-week-title)')).not.toHaveAttribute('ssr');
    await expect.poll(() => page.evaluate(unstartedInView)).toBe(0);
    await expect(page.locator('#dashboard .db-week tbody th').first()).not.toBeEmpty();
    expect(await layoutShift(page)).toBeLessThan(0.0005);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

test('the step path fills in without moving the page on a 320 px phone, home and step 1', async ({
  browser,
  baseURL,
}) => {
  for (const path of [HOME, NETWORK_MAP]) {
    const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook(), {
      viewport: { width: 320, height: 823 },
    });
    await page.goto(path);
    if (path === HOME) await page.locator('.step-list').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-step-path]')).toHaveAttribute('data-filled', '');
    expect(await layoutShift(page), path).toBeLessThan(0.0005);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    await page.context().close();
  }
});

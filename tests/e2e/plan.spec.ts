import { expect, type Page, test } from '@playwright/test';
import { encodePlan, MAX_NOTE, type Plan } from '../../src/advisors/codec';
import {
  collectErrors,
  contextWithWorkbook,
  filledWorkbook,
  SITE_URL,
  targets,
  WORKBOOK_KEY,
  waitForIslands,
} from '../fixtures/advisor-e2e';
import { scanBothThemes } from './axe';
import { readQr } from './qr-read';

const worksheet = (id: string) => {
  const t = targets.find((x) => x.kind === 'worksheet' && x.worksheet === id);
  if (!t) throw new Error(`no worksheet ${id}`);
  return t;
};
const section = targets.find((t) => t.kind === 'section' && t.href === '/steps/elevator-pitch/#word-budget');
if (!section) throw new Error('no word-budget section');

const plan: Plan = {
  items: [worksheet('network-map').code, worksheet('pitch-builder').code, section.code, worksheet('thank-you').code],
  note: 'Add ten people to your map, then draft a pitch.\nSee you soon.',
  meetingDate: '2026-03-10',
};
const planPath = (p: Plan | string) => `/plan/#${typeof p === 'string' ? p : encodePlan(p)}`;

/** Opens a plan link and waits until the plan is shown. */
async function openPlan(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForIslands(page);
  await expect(page.locator('.plan-view')).not.toContainText('Reading the plan');
}

test.describe('your plan', () => {
  test('shows the note as text, the meeting date, and each item with a link and its progress', async ({ page }) => {
    const errors = collectErrors(page);
    await openPlan(page, planPath(plan));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your plan');
    await expect(page.locator('.plan-note')).toHaveText(
      'Add ten people to your map, then draft a pitch.\nSee you soon.',
    );
    await expect(page.locator('.plan-meeting')).toHaveText('Next meeting: Tue 10 March 2026');
    const links = page.locator('.plan-item-link');
    await expect(links).toHaveText([
      worksheet('network-map').title,
      worksheet('pitch-builder').title,
      section.title,
      worksheet('thank-you').title,
    ]);
    await expect(links.first()).toHaveAttribute('href', worksheet('network-map').href);
    await expect(page.locator('.plan-status')).toHaveText([
      'Progress: Not started',
      'Progress: Not started',
      'To read',
      'Progress: Not started',
    ]);
    await expect(page.getByText('You have done 0 of 3 worksheets in this plan.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('reads progress from the workbook: started, done', async ({ browser }) => {
    const context = await contextWithWorkbook(browser, filledWorkbook);
    const page = await context.newPage();
    await openPlan(page, planPath(plan));
    // 15 people (done), a full pitch (done), a section to read, a thank-you marked sent (done).
    await expect(page.locator('.plan-status')).toHaveText([
      'Progress: Done',
      'Progress: Done',
      'To read',
      'Progress: Done',
    ]);
    await expect(page.getByText('You have done 3 of 3 worksheets in this plan.')).toBeVisible();
    await context.close();
  });

  test('saves the plan to the workbook once, and says so', async ({ page }) => {
    await openPlan(page, planPath(plan));
    await page.getByRole('button', { name: 'Save this plan to my workbook' }).click();
    await expect(page.getByText('This plan is saved in your workbook.')).toBeVisible();
    await expect
      .poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), WORKBOOK_KEY)) ?? '{}').plans)
      .toEqual([
        expect.objectContaining({
          note: plan.note,
          meetingDate: '2026-03-10',
          items: [
            worksheet('network-map').href,
            worksheet('pitch-builder').href,
            section.href,
            worksheet('thank-you').href,
          ],
        }),
      ]);
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByText('This plan is saved in your workbook.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save this plan to my workbook' })).toHaveCount(0);
  });

  test('follows a new plan link opened in the same tab', async ({ page }) => {
    await openPlan(page, planPath(plan));
    await page.evaluate(
      (h) => {
        location.hash = h;
      },
      encodePlan({ items: [section.code], note: 'Only this one.', meetingDate: '' }),
    );
    await expect(page.locator('.plan-note')).toHaveText('Only this one.');
    await expect(page.locator('.plan-item-link')).toHaveText([section.title]);
  });
});

test.describe('a plan link with bad input', () => {
  const good = encodePlan(plan);

  test('cut off: shows what it can and says the link looks cut off', async ({ page }) => {
    const errors = collectErrors(page);
    await openPlan(page, planPath(good.slice(0, good.indexOf('.', 12) + 20)));
    await expect(page.getByRole('alert')).toContainText('This link looks cut off or changed');
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
    expect(errors).toEqual([]);
  });

  test('the words of the problems load only for a link that has some; if they cannot, the plan still shows', async ({
    page,
  }) => {
    const words: string[] = [];
    page.on('request', (r) => {
      if (/\/plan-problems\.[\w-]+\.js$/.test(r.url())) words.push(r.url());
    });
    await openPlan(page, planPath(good));
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(words).toEqual([]);

    // A cut link while the words cannot be fetched (offline before the page's files were stored).
    await page.route(/\/plan-problems\.[\w-]+\.js$/, (route) => route.abort());
    await openPlan(page, planPath(good.slice(0, good.indexOf('.', 12) + 20)));
    await expect(page.locator('.notice-title')).toHaveText('Some of this link could not be read');
    await expect(page.locator('.notice')).toContainText(
      'The explanation of what is wrong with this link could not be loaded. Check your connection, then reload the page.',
    );
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
  });

  test('the items are read from the list of the guide’s parts written into the page, not from its scripts', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) scripts.push(await r.text());
    });
    await openPlan(page, planPath(plan));
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
    await expect(page.locator('template#plan-catalog')).toHaveCount(1);
    expect(await page.locator('template#plan-catalog').evaluate((t) => t.innerHTML)).toContain(section.title);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((text) => text.includes('commonly-cited-numbers'))).toEqual([]);
  });

  test('the note and the items are two islands, each drawing the plan on its own', async ({ page }) => {
    // The items, saving and sharing back (PlanItems) without the top island's code (PlanView)…
    await page.route(/\/PlanView\.[\w-]+\.js(\?.*)?$/, (route) => route.abort());
    await page.goto(planPath(plan));
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
    await expect(page.getByText('You have done 0 of 3 worksheets in this plan.')).toBeVisible();
    await page.getByRole('button', { name: 'Save this plan to my workbook' }).click();
    await expect(page.getByText('This plan is saved in your workbook.')).toBeVisible();
    await expect(page.locator('.plan-view')).toContainText('Reading the plan');
    // …and the note and meeting without the items' code.
    await page.unroute(/\/PlanView\.[\w-]+\.js(\?.*)?$/);
    const refused: string[] = [];
    await page.route(/\/PlanItems\.[\w-]+\.js(\?.*)?$/, (route) => {
      refused.push(route.request().url());
      return route.abort();
    });
    await page.goto('/');
    await page.goto(planPath(plan));
    await expect(page.locator('.plan-note')).toHaveText(
      'Add ten people to your map, then draft a pitch.\nSee you soon.',
    );
    await expect(page.locator('.plan-meeting')).toHaveText('Next meeting: Tue 10 March 2026');
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    await expect(page.locator('.plan-item-link')).toHaveCount(0);
  });

  test('without its list of the guide’s parts (missing or damaged), the page says so in words and loses nothing', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const changes: ((html: string) => string)[] = [
      (html) => html.replace(/<template id="plan-catalog">[\s\S]*?<\/template>/, ''),
      (html) => html.replace('<template id="plan-catalog">{"pages":[["/"', '<template id="plan-catalog">{"pages":[[/"'),
    ];
    for (const change of changes) {
      await page.unroute('**/plan/');
      await page.route('**/plan/', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: change(await response.text()) });
      });
      await openPlan(page, planPath(plan));
      await expect(page.locator('.notice-title')).toHaveText('Your plan could not be shown in full');
      await expect(page.getByRole('alert')).toContainText(
        'This page could not read its list of the guide’s sections and worksheets, so the 4 items of your plan cannot be shown, saved or shared back here. Your link is fine: reload the page to try again.',
      );
      // The rest of the plan is shown; nothing is saved or shared without its items.
      await expect(page.locator('.plan-note')).toHaveText(
        'Add ten people to your map, then draft a pitch.\nSee you soon.',
      );
      await expect(page.locator('.plan-meeting')).toHaveText('Next meeting: Tue 10 March 2026');
      await expect(page.locator('.plan-item-link')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Save this plan to my workbook' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Share my progress back' })).toHaveCount(0);
      await expect(page.getByText('not match any part of the guide')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });

  test('cut inside the list: says in a sentence that the end of the list is missing', async ({ page }) => {
    const [v, c, items] = good.split('.');
    await openPlan(page, planPath(`${v}.${c}.${items?.slice(0, 5)}`));
    await expect(page.getByRole('alert')).toContainText('cut off or changed');
    await expect(page.getByRole('alert')).toContainText(
      'The end of the list in this link is missing, so the last item could not be read. Ask your advisor to send the whole link again.',
    );
    await expect(page.locator('.plan-item-link')).toHaveCount(2);
    // No codes: a student cannot do anything with “2”: not found.
    await expect(page.locator('main')).not.toContainText('not found');
    await expect(page.locator('main code')).toHaveCount(0);
  });

  test('edited by hand with unknown sections: says so in a sentence, without the codes', async ({ page }) => {
    const errors = collectErrors(page);
    const [v, c, items, date, ...note] = good.split('.');
    await openPlan(page, planPath([v, c, `${items}zzq9`, date, ...note].join('.')));
    await expect(page.getByRole('alert')).toContainText('changed');
    await expect(page.getByRole('alert')).toContainText(
      '2 items in this link do not match any part of the guide, so they are left out. The link may have been changed: ask your advisor to send it again.',
    );
    await expect(page.locator('main')).not.toContainText('“zz”');
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
    expect(errors).toEqual([]);
  });

  test('a link whose # became ? still opens the plan, and the address gets its # back', async ({ page }) => {
    const errors = collectErrors(page);
    await openPlan(page, `/plan/?${good}`);
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
    await expect(page.locator('.plan-note')).toHaveText(plan.note);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#${good}`);
    expect(errors).toEqual([]);
  });

  test('printed, a plan carries a QR code of its link', async ({ browser }) => {
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await openPlan(page, planPath(plan));
    await page.emulateMedia({ media: 'print' });
    const code = page.locator('.plan-print-qr').getByRole('img');
    const url = `${SITE_URL}/plan/#${good}`;
    await expect(code).toHaveAccessibleName(`QR code that opens ${url}`);
    expect(await readQr(code)).toBe(url);
    await expect(page.getByRole('button', { name: 'Save this plan to my workbook' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.plan-print-qr')).toBeHidden();
    await context.close();
  });

  test('a note full of markup is shown as plain text, and nothing in it runs', async ({ page }) => {
    const errors = collectErrors(page);
    const note =
      '<img src=x onerror="alert(1)"><script>alert(2)</script><b>Bold?</b> <a href="javascript:alert(3)">x</a>';
    await openPlan(page, planPath({ items: [section.code], note, meetingDate: '' }));
    await expect(page.locator('.plan-note')).toHaveText(note);
    await expect(page.locator('.plan-note *')).toHaveCount(0);
    await expect(page.getByRole('alert')).toContainText(
      'The note contains code, such as HTML tags. It is shown as plain text.',
    );
    expect(errors).toEqual([]);
  });

  test('an over-long note is cut at 280 characters, with a message', async ({ page }) => {
    const long = `Start here. ${'Then keep going with the next step. '.repeat(20)}`;
    const hash = `v1.00.${section.code}..${encodeURIComponent(long)}`;
    await openPlan(page, planPath(hash));
    const shown = await page.locator('.plan-note').textContent();
    expect(shown?.length).toBeLessThanOrEqual(MAX_NOTE);
    expect(long.startsWith(shown ?? '-')).toBe(true);
    await expect(page.getByRole('alert')).toContainText('The note was longer than 280 characters, so it is cut short.');
  });

  test('a date that does not exist is left out, with a message', async ({ page }) => {
    await openPlan(page, planPath(`v1.00.${section.code}.20261340.Hi`));
    await expect(page.getByRole('alert')).toContainText('The meeting date in this link is not a real date');
    await expect(page.locator('.plan-meeting')).toHaveCount(0);
  });

  test('no plan in the link: explains where plans come from', async ({ page }) => {
    const errors = collectErrors(page);
    await openPlan(page, '/plan/');
    await expect(page.getByText('Open the plan link your advisor sent you')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await openPlan(page, '/plan/#hello');
    await expect(page.getByRole('alert')).toContainText('This link is not a plan link');
    expect(errors).toEqual([]);
  });

  test('a link from a newer version says so', async ({ page }) => {
    await openPlan(page, '/plan/#v9.aa.bbcc..Hi');
    await expect(page.getByRole('alert')).toContainText('made by a newer version of the guide');
  });
});

test.describe('the plan page, light and dark theme', () => {
  for (const [name, path] of [
    ['a good plan', planPath(plan)],
    [
      'the advisor’s name, the meeting time and place',
      planPath({ ...plan, advisor: 'Ana Ruiz', meetingTime: '14:30', place: 'Student Center, Room 100' }),
    ],
    ['a damaged plan', planPath(encodePlan(plan).slice(0, -8))],
    ['no plan', '/plan/'],
  ] as const) {
    test(`has no accessibility violations with ${name}`, async ({ page }) => {
      await openPlan(page, path);
      await scanBothThemes(page, name);
    });
  }
  test('has no accessibility violations with unknown items and a saved plan', async ({ page }) => {
    const [v, c, items, date, ...note] = encodePlan(plan).split('.');
    await openPlan(page, planPath([v, c, `${items}zz`, date, ...note].join('.')));
    await page.getByRole('button', { name: 'Save this plan to my workbook' }).click();
    await expect(page.getByText('This plan is saved in your workbook.')).toBeVisible();
    await scanBothThemes(page, 'unknown items and a saved plan');
  });
});

test('the plan page fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const [v, c, items, date, ...note] = encodePlan(plan).split('.');
  await openPlan(page, planPath([v, c, `${items}zz`, date, ...note].join('.')));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

// client:view (src/integrations/island-preload/): a worksheet fetches nothing until it comes into
// view, and then asks for all the files of its code at once, as listed in its island's `preload`
// attribute, instead of finding its imports one level at a time. Printing starts every worksheet
// not yet started (paper.css says to print again meanwhile, for a browser that holds a workbook).
import { expect, type Page, test } from '@playwright/test';
import { storedItems } from '../../scripts/lighthouse-workbook';
import type { Workbook } from '../../src/workbook/model';
import { contact, holdBack, seededContext, seededPage, workbook } from './workbook-fixtures';

test('a worksheet below the page asks for all its code at once when it comes into view, and not before', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/steps/make-contact/');
  // The notes are several islands (each started when in view): the first, the person menu.
  const island = page.locator('#interview-notes astro-island').first();
  const names = ((await island.getAttribute('preload')) ?? '').split(' ');
  const component = (await island.getAttribute('component-url')) ?? '';
  // The list names the files the island needs beyond its own module: the shared runtime among them.
  expect(names.length).toBeGreaterThan(5);
  expect(names.some((n) => n.startsWith('solid.'))).toBe(true);
  await page.waitForLoadState('load');
  const folder = component.slice(0, component.lastIndexOf('/') + 1);
  const preloads = () =>
    page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  // Before: neither the island's module nor the files only it needs were asked for.
  expect(requested).not.toContain(component);
  const onlyIts = names.map((n) => `${folder}${n}`).filter((path) => !requested.includes(path));
  expect(onlyIts.length).toBeGreaterThan(3);
  expect((await preloads()).filter((path) => onlyIts.includes(path))).toEqual([]);

  await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
  await expect(island).not.toHaveAttribute('ssr');
  const preloaded = await preloads();
  for (const name of names) {
    expect(preloaded).toContain(`${folder}${name}`);
    expect(requested).toContain(`${folder}${name}`);
  }
});

test('printing a step page before its worksheets come into view starts them, and never prints an empty form for a student with answers', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(
    browser,
    baseURL,
    workbook([contact('c1', 'Priya Shah', { status: 'met', lastContactAt: '2026-11-20' })]),
  );
  // The tracker's module comes slowly, so the page is seen as it prints before it has hydrated.
  const slow = await holdBack(page, '**/_astro/ContactTracker.*.js');
  await page.goto('/steps/follow-up/');
  await page.waitForLoadState('load');
  const tracker = page.locator('#contact-tracker');
  // The tracker sits below the view: none of its islands has started.
  await expect(tracker.locator('astro-island:not([ssr])')).toHaveCount(0);
  // Ctrl+P at this moment: the print dialog fires beforeprint, then lays the page out for paper.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await slow.requested;
  // Not the empty paper table in place of the student's tracker: a sentence saying to print again.
  const notice = await tracker.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(notice).toContain('Print again to include them');
  await expect(tracker.locator('.paper')).toBeHidden();
  // Printing started the worksheet: the next print holds the student's answers.
  slow.release();
  await expect(tracker.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(tracker.getByText('Priya Shah').first()).toBeVisible();
  expect(await tracker.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  await page.context().close();
});

test('a browser without a workbook prints an unstarted worksheet as its paper form, as a handout', async ({ page }) => {
  await page.goto('/steps/follow-up/');
  await page.waitForLoadState('load');
  const tracker = page.locator('#contact-tracker');
  // Below the view, none of the tracker's islands has started (checked before the paper layout, which
  // is shorter and may bring some into view: they start then, and the paper form still shows).
  await expect(tracker.locator('astro-island:not([ssr])')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(tracker.locator('.paper')).toBeVisible();
  expect(await tracker.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
});

/** Records, in the page, the order in which islands hydrate (Astro removes `ssr` once one has). */
async function recordHydrationOrder(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const order: string[] = [];
    (window as unknown as { hydrated: string[] }).hydrated = order;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (el.localName === 'astro-island' && !el.hasAttribute('ssr'))
          order.push((el.getAttribute('component-url') ?? '').replace(/^.*\/|\..*$/g, ''));
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['ssr'] });
  });
  return () => page.evaluate(() => [...(window as unknown as { hydrated: string[] }).hydrated]);
}

test('islands near the view hydrate in page order: one waits while an island above it is still fetching its code', async ({
  page,
}) => {
  const hydrated = await recordHydrationOrder(page);
  const islandsBelow = ['GoalsOrgAdd', 'GoalsOrganizations'];
  const fetched = islandsBelow.map((name) =>
    page.waitForResponse((r) => new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`).test(r.url())),
  );
  // The people to rate come slowly; the islands below them arrive first.
  const slow = await holdBack(page, '**/_astro/GoalsPeople.*.js');
  await page.goto('/steps/assess-your-goals/#goals-rate');
  await slow.requested;
  await Promise.all(fetched);
  // Tasks enough for an island whose code is here to hydrate, were it not waiting its turn.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  expect(await hydrated()).toEqual([]);
  slow.release();
  await expect.poll(hydrated).toEqual(expect.arrayContaining(['GoalsPeople', ...islandsBelow]));
  const order = await hydrated();
  expect(order[0]).toBe('GoalsPeople');
  expect(order.indexOf('GoalsOrgAdd')).toBeLessThan(order.indexOf('GoalsOrganizations'));
});

test('an island whose code cannot be fetched holds up none of the islands below it, nor those scrolled to later', async ({
  page,
}) => {
  const hydrated = await recordHydrationOrder(page);
  let refused = 0;
  // Astro asks again once, a second later, with a query added: neither comes.
  await page.route(/\/_astro\/GoalsPeople\.[\w-]+\.js(\?.*)?$/, (route) => {
    refused += 1;
    return route.abort();
  });
  await page.goto('/steps/assess-your-goals/#goals-rate');
  await expect.poll(hydrated).toEqual(expect.arrayContaining(['GoalsOrgAdd', 'GoalsOrganizations']));
  await expect.poll(() => refused).toBe(2);
  // The goal at the top of the worksheet, reached after the failure, still starts.
  const goal = page.locator('astro-island[component-url*="/Goals."]');
  await goal.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
  await expect(goal).not.toHaveAttribute('ssr');
  expect(await hydrated()).not.toContain('GoalsPeople');
});

test('an island that the one above it pushes out of reach, as that one draws the answers, waits until scrolled to', async ({
  browser,
  baseURL,
}) => {
  // Five people to contact first fill the dashboard's next actions: on a short screen they push the
  // progress below them further than half a screen below the view.
  const people = Array.from({ length: 5 }, (_, i) =>
    contact(`p${i}`, `Person number ${i + 1}, whose name is long enough to wrap on a phone`, { topFive: true }),
  );
  const height = 600;
  // Stored as the site stores it (with its checksum), the workbook is read at once, as the actions start.
  const items = storedItems(workbook(people) as unknown as Workbook);
  const context = await seededContext(browser, items, { baseURL, viewport: { width: 360, height } });
  const page = await context.newPage();
  const hydrated = await recordHydrationOrder(page);
  // The progress's code arrives before the actions are drawn: it is ready when its turn comes.
  const progressCode = page.waitForResponse((r) => /\/_astro\/DashboardProgress\.[\w-]+\.js$/.test(r.url()));
  const actions = await holdBack(page, '**/_astro/Dashboard.*.js');
  await page.goto('/steps/repeat/#dashboard');
  await Promise.all([actions.requested, progressCode]);
  actions.release();
  await expect.poll(hydrated).toContain('Dashboard');
  const progress = page.locator('astro-island[component-url*="/DashboardProgress."]');
  const top = () => progress.evaluate((el) => (el.firstElementChild ?? el).getBoundingClientRect().top);
  expect(await top()).toBeGreaterThan(height * 1.5);
  // Frames and tasks enough for it to start, were it taken as still near.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
  expect(await hydrated()).toEqual(['Dashboard']);
  await progress.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
  await expect(progress).not.toHaveAttribute('ssr');
  await context.close();
});

test('islands that start together ask for each file of their code once, though their lists share the runtime', async ({
  page,
}) => {
  await page.goto('/steps/make-contact/#outreach');
  const started = page.locator('#outreach astro-island:not([ssr])');
  await expect.poll(() => started.count()).toBeGreaterThan(2);
  const lists = await page
    .locator('#outreach astro-island')
    .evaluateAll((islands) => islands.map((el) => el.getAttribute('preload') ?? ''));
  // The premise: several islands list the same files (Solid's runtime among them).
  expect(lists.filter((list) => /(^| )solid\./.test(list)).length).toBeGreaterThan(2);
  const links = await page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((els) => els.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(links.filter((path) => /\/solid\.[\w-]+\.js$/.test(path))).toHaveLength(1);
  expect(new Set(links).size).toBe(links.length);
});

// client:view (src/integrations/island-preload/): a worksheet fetches nothing until it comes into
// view, and then asks for all the files of its code at once, as listed in its island's `preload`
// attribute, instead of finding its imports one level at a time.
import { expect, test } from '@playwright/test';

test('a worksheet below the page asks for all its code at once when it comes into view, and not before', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/steps/make-contact/');
  const island = page.locator('#interview-notes astro-island');
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

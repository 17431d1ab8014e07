import { describe, expect, it } from 'vitest';
import { advisorRows, planTemplates, qrSheet } from './advisor-page';
import manifest from './link-manifest.json';

const targets = manifest.targets;
const SITE = 'https://careers.example.edu';

describe('advisorRows', () => {
  it('lists each worksheet once: its introducing heading gives way to the worksheet row', () => {
    const rows = advisorRows(targets);
    const onFollowUp = rows.filter((t) => t.page === '/steps/follow-up/').map((t) => t.href);
    expect(onFollowUp).toContain('/steps/follow-up/#thank-you');
    expect(onFollowUp).not.toContain('/steps/follow-up/#worksheet-thank-you');
    expect(onFollowUp).not.toContain('/steps/follow-up/#worksheet-contact-tracker');
    expect(rows.filter((t) => /thank-you note/i.test(t.title)).map((t) => t.title)).toEqual(['Your thank-you note']);
  });

  it('keeps every other section, page and worksheet', () => {
    const rows = advisorRows(targets);
    const dropped = targets.filter((t) => !rows.includes(t)).map((t) => t.href);
    expect(dropped.every((href) => /#worksheet-[a-z-]+$/.test(href))).toBe(true);
    expect(rows.filter((t) => t.kind === 'worksheet')).toHaveLength(11);
    expect(rows.some((t) => t.href === '/steps/repeat/#worksheet')).toBe(true);
  });
});

describe('qrSheet', () => {
  it('lists the seven steps in order, each followed by its worksheets, with absolute addresses', () => {
    const sheet = qrSheet(targets, SITE);
    expect(sheet).toHaveLength(18);
    expect(sheet[0]).toEqual({
      kind: 'page',
      name: 'Step 1: Identify your networks',
      href: '/steps/identify-your-networks/',
      url: `${SITE}/steps/identify-your-networks/`,
    });
    expect(sheet[1]).toMatchObject({
      kind: 'worksheet',
      name: 'Step 1 worksheet: Your network map',
      url: `${SITE}/steps/identify-your-networks/#network-map`,
    });
    expect(sheet.filter((i) => i.kind === 'page').map((i) => i.name.slice(0, 6))).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `Step ${n}`),
    );
  });
});

describe('planTemplates', () => {
  it('turns each address into its plan code, in order', () => {
    const [template] = planTemplates(
      [{ name: 'First appointment', items: ['/steps/follow-up/#thank-you', '/steps/repeat/'] }],
      targets,
    );
    const code = (href: string) => targets.find((t) => t.href === href)?.code;
    expect(template).toEqual({
      name: 'First appointment',
      note: '',
      codes: [code('/steps/follow-up/#thank-you'), code('/steps/repeat/')],
    });
  });
});

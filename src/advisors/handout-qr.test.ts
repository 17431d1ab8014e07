import { describe, expect, it } from 'vitest';
import { handoutPath, hasOwnQr, worksheetsOn } from './handout-qr';

describe('handout QR codes', () => {
  it('lead a one-worksheet step to its worksheet', () => {
    expect(handoutPath('/steps/identify-your-networks/')).toBe('/steps/identify-your-networks/#network-map');
    expect(handoutPath('/steps/repeat/')).toBe('/steps/repeat/#dashboard');
  });

  it('lead a step with several worksheets to the section that holds them', () => {
    expect(worksheetsOn('/steps/follow-up/')).toEqual(['contact-tracker', 'thank-you']);
    expect(handoutPath('/steps/follow-up/')).toBe('/steps/follow-up/#worksheet');
    expect(handoutPath('/steps/make-contact/')).toBe('/steps/make-contact/#worksheet');
  });

  it('give a worksheet its own code only where it shares the page', () => {
    expect(hasOwnQr('conversation-card')).toBe(true);
    expect(hasOwnQr('thank-you')).toBe(true);
    expect(hasOwnQr('goals')).toBe(false);
  });
});

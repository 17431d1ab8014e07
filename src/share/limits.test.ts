import { describe, expect, it } from 'vitest';
import { charactersText, MOVE_LINK_MAX, moveAdvice, QR_MAX, SHARE_LINK_TARGET, shareLinkAdvice } from './limits';

describe('link limits', () => {
  it('give a summary link a QR code up to 1,000 characters and call it long past 2,000', () => {
    expect(shareLinkAdvice(QR_MAX)).toEqual({ qr: true, long: false });
    expect(shareLinkAdvice(QR_MAX + 1)).toEqual({ qr: false, long: false });
    expect(shareLinkAdvice(SHARE_LINK_TARGET + 1)).toEqual({ qr: false, long: true });
  });

  it('move a workbook by link up to 16 KB, by file beyond', () => {
    expect(moveAdvice(900)).toEqual({ link: true, qr: true });
    expect(moveAdvice(MOVE_LINK_MAX)).toEqual({ link: true, qr: false });
    expect(moveAdvice(MOVE_LINK_MAX + 1)).toEqual({ link: false, qr: false });
  });

  it('write counts as people read them', () => {
    expect(charactersText(1)).toBe('1 character');
    expect(charactersText(16384)).toBe('16,384 characters');
    expect(charactersText(1234567)).toBe('1,234,567 characters');
  });
});

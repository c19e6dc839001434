import { describe, expect, it } from 'vitest';
import { isFromOwnTopFrame, isOpenMoreHelpMessage, isPageDecisionMessage } from '@/shared/messages';

const decision = { type: 'steady:page-decision', offer: true, aboutBenzos: true, aboutStopping: true, requested: false };

describe('message checks', () => {
  it('accept well-formed messages only', () => {
    expect(isPageDecisionMessage(decision)).toBe(true);
    expect(isPageDecisionMessage({ ...decision, offer: 'yes' })).toBe(false);
    expect(isPageDecisionMessage({ ...decision, type: 'steady:other' })).toBe(false);
    expect(isPageDecisionMessage(null)).toBe(false);
    expect(isOpenMoreHelpMessage({ type: 'steady:open-more-help' })).toBe(true);
    expect(isOpenMoreHelpMessage({ type: 'steady:open-more-help', url: 'https://evil.example' })).toBe(false);
  });

  it('trust only Steady’s own scripts in a tab’s top frame', () => {
    expect(isFromOwnTopFrame({ id: 'me', tab: { id: 3 }, frameId: 0 }, 'me')).toBe(true);
    expect(isFromOwnTopFrame({ id: 'other', tab: { id: 3 }, frameId: 0 }, 'me')).toBe(false);
    expect(isFromOwnTopFrame({ id: 'me', tab: { id: 3 }, frameId: 7 }, 'me')).toBe(false);
    expect(isFromOwnTopFrame({ id: 'me', frameId: 0 }, 'me')).toBe(false);
  });
});

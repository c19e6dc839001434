import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCloseReaderRequest, handleOpenMoreHelp, handlePageDecision } from '@/background/handlers';
import * as contextualHelp from '@/browser-api/page-scripts';
import * as badge from '@/background/toolbar-badge';
import { cardLinesFor } from '@/shared/card-lines';
import { helplinesIn } from '@/shared/localized-helplines';

const decision = { type: 'steady:page-decision', offer: true, aboutBenzos: true, aboutStopping: true, requested: false };
const ownTopFrame = () => ({ id: fakeBrowser.runtime.id, tab: { id: 4, index: 0 } as never, frameId: 0 });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('background message handlers', () => {
  it('show the badge for a match in both modes, the card too in card mode, nothing when off', async () => {
    const inject = vi.spyOn(contextualHelp, 'injectHelpCard').mockResolvedValue();
    const show = vi.spyOn(badge, 'showHelpBadge').mockResolvedValue();
    await fakeBrowser.storage.local.set({ contextualHelp: 'card' });
    await handlePageDecision(decision, ownTopFrame());
    expect(inject).toHaveBeenCalledWith(4, { locale: 'en', lines: cardLinesFor('US', helplinesIn('en')) }, undefined);
    expect(show).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ contextualHelp: 'badge' });
    await handlePageDecision(decision, ownTopFrame());
    expect(show).toHaveBeenCalledWith(4);
    expect(show).toHaveBeenCalledTimes(2);
    await fakeBrowser.storage.local.set({ contextualHelp: 'off' });
    await handlePageDecision(decision, ownTopFrame());
    expect(inject).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledTimes(2);
  });

  // The card goes in with the reader's language and their region's three lines, read from the settings at the time.
  it.each([
    ['auto', 'auto', ['es-MX', 'en'], 'es', 'MX'],
    ['auto', 'GB', ['fr-FR', 'en-GB'], 'en', 'GB'],
    ['en', 'AU', ['es-MX'], 'en', 'AU'],
    ['es', 'US', ['en-US'], 'es', 'US'],
  ] as const)('hand the card language %s, region %s, browser languages %j: %s, %s', async (language, region, languages, locale, shown) => {
    const inject = vi.spyOn(contextualHelp, 'injectHelpCard').mockResolvedValue();
    vi.spyOn(badge, 'showHelpBadge').mockResolvedValue();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([...languages]);
    await fakeBrowser.storage.local.set({ contextualHelp: 'card', language, region });
    await handlePageDecision(decision, { ...ownTopFrame(), documentId: 'doc-1' } as never);
    expect(inject).toHaveBeenCalledExactlyOnceWith(4, { locale, lines: cardLinesFor(shown, helplinesIn(locale)) }, 'doc-1');
  });

  it('ignore messages from other extensions, from frames, or of the wrong shape', async () => {
    const inject = vi.spyOn(contextualHelp, 'injectHelpCard').mockResolvedValue();
    await fakeBrowser.storage.local.set({ contextualHelp: 'card' });
    await handlePageDecision(decision, { ...ownTopFrame(), id: 'someone-else' });
    await handlePageDecision(decision, { ...ownTopFrame(), frameId: 2 });
    await handlePageDecision({ ...decision, offer: 'true' }, ownTopFrame());
    expect(inject).not.toHaveBeenCalled();
    expect(handleOpenMoreHelp({ type: 'steady:open-more-help' }, { ...ownTopFrame(), id: 'someone-else' })).toBeUndefined();
  });

  it('leave a check the user asked for to the popup', async () => {
    const inject = vi.spyOn(contextualHelp, 'injectHelpCard').mockResolvedValue();
    await fakeBrowser.storage.local.set({ contextualHelp: 'card' });
    await handlePageDecision({ ...decision, requested: true }, ownTopFrame());
    expect(inject).not.toHaveBeenCalled();
  });

  it('open the popup page in a tab for "More help" where there is no side panel', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleOpenMoreHelp({ type: 'steady:open-more-help' }, ownTopFrame());
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html$/), index: 1 });
  });

  it('put the close reader into the very page that asked, and answer once it has run there', async () => {
    const inject = vi.spyOn(contextualHelp, 'injectCloseReader').mockResolvedValue();
    const request = { type: 'steady:need-close-reader' };
    expect(await handleCloseReaderRequest(request, { ...ownTopFrame(), documentId: 'doc-1' } as never)).toBe(true);
    expect(inject).toHaveBeenCalledWith(4, 'doc-1');
    inject.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await handleCloseReaderRequest(request, ownTopFrame())).toBe(false);
    // Not for other extensions, frames, or other messages.
    expect(handleCloseReaderRequest(request, { ...ownTopFrame(), id: 'someone-else' })).toBeUndefined();
    expect(handleCloseReaderRequest(request, { ...ownTopFrame(), frameId: 2 })).toBeUndefined();
    expect(handleCloseReaderRequest({ ...request, file: 'evil.js' }, ownTopFrame())).toBeUndefined();
    expect(handleCloseReaderRequest(decision, ownTopFrame())).toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(2);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectHelpCard } from '@/browser-api/page-scripts';
import { saveSetting } from '@/browser-api/settings';
import type { LanguageChoice } from '@/locales/locale';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('injectHelpCard', () => {
  // The card is built once per language: the page gets the script in the reader's language only.
  it.each([
    ['auto', ['es-MX', 'en'], '/help-card-es.js'],
    ['auto', ['fr-FR', 'en-GB'], '/help-card-en.js'],
    ['en', ['es-MX'], '/help-card-en.js'],
    ['es', ['en-US'], '/help-card-es.js'],
  ] as const)('language %s with browser languages %j injects %s', async (language, languages, file) => {
    await saveSetting('language', language as LanguageChoice);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([...languages]);
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    await injectHelpCard(4, 'doc-1');
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 4, documentIds: ['doc-1'] }, files: [file] });
  });
});

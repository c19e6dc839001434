import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectHelpCard } from '@/browser-api/page-scripts';
import type { CardLines } from '@/help-content/types';
import { cardLinesFor } from '@/shared/card-lines';
import { helplinesIn } from '@/shared/localized-helplines';
import { CARD_LINES, CARD_LINES_KEY } from '@/shared/page-script-keys';
import { takeHandedLines } from '@/page/help-card/handed-lines';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('injectHelpCard', () => {
  // The card is built once per language: the page gets the script in the reader's language only, after its lines.
  it.each([
    ['en', '/help-card-en.js'],
    ['es', '/help-card-es.js'],
  ] as const)('in %s: hands over the lines, then injects %s, both into the page that matched', async (locale, file) => {
    const lines = cardLinesFor('US', helplinesIn(locale));
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    await injectHelpCard(4, { locale, lines }, 'doc-1');
    expect(executeScript).toHaveBeenCalledTimes(2);
    const handOver = executeScript.mock.calls[0]![0] as unknown as {
      target: unknown;
      func: (key: string, value: CardLines) => void;
      args: [string, CardLines];
    };
    expect(handOver.target).toEqual({ tabId: 4, documentIds: ['doc-1'] });
    expect(handOver.args).toEqual([CARD_LINES_KEY, lines]);
    expect(executeScript.mock.calls[1]![0]).toEqual({ target: { tabId: 4, documentIds: ['doc-1'] }, files: [file] });
    // What the page's extension world receives, where the card's script takes it from, once.
    handOver.func(...handOver.args);
    expect(takeHandedLines()).toEqual(lines);
    expect(takeHandedLines()).toBeUndefined();
  });

  it('without a document id (the popup’s request), targets the tab’s top frame', async () => {
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    await injectHelpCard(4, { locale: 'en', lines: cardLinesFor('GB', helplinesIn('en')) });
    expect(executeScript.mock.calls.map(([options]) => options.target)).toEqual([
      { tabId: 4, frameIds: [0] },
      { tabId: 4, frameIds: [0] },
    ]);
  });
});

describe('takeHandedLines', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'us-988'],
    ['a line missing', { main: { id: 'a', name: 'A' }, crisis: { id: 'b', name: 'B' } }],
    ['a line without a name', { main: { id: 'a', name: 'A' }, crisis: { id: 'b', name: 'B' }, emergency: { id: 'c' } }],
  ])('gives nothing for %s, so no card shows without its lines', (_, value) => {
    (globalThis as Record<symbol, unknown>)[CARD_LINES] = value;
    expect(takeHandedLines()).toBeUndefined();
  });
});

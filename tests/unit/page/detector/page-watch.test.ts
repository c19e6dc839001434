import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installCloseReader } from '@/page/detector/close-read';
import { startPageWatch } from '@/page/detector/page-watch';
import { CLOSE_READER } from '@/shared/page-script-keys';
import { RECHECK_WINDOWS_MS } from '@/page/detector/recheck-schedule';
import { DEFAULT_READ_LIMITS } from '@/page/detector/read-page-text';
import type { PageScriptApi } from '@/page/runtime/page-script-api';
import { createScriptLifetime, type ScriptLifetime } from '@/page/runtime/script-lifetime';

const AFTER_EVERY_RECHECK_MS = RECHECK_WINDOWS_MS.at(-1)![1] + 2_000;
const NEWS = '<main><h1>Town news</h1><p>The council met on Tuesday to discuss the new bus routes.</p></main>';
const TAPER = '<p>Coming off clonazepam slowly with my prescriber: a slow taper, and the withdrawal nights are easier now.</p>';

let lifetime: ScriptLifetime;
let sent: { offer: boolean }[];
let closeReaderRequests: number;

/** `canInject: false`: the background could not put the close reader into the page (access taken away). */
function watch({ canInject = true } = {}): void {
  const sendMessage = async (message: { type: string; offer: boolean }) => {
    if (message.type !== 'steady:need-close-reader') return void sent.push(message);
    // What the background does: inject page-reader.js, whose one job is this.
    closeReaderRequests++;
    if (canInject) installCloseReader();
  };
  const api = { runtime: { id: 'steady', sendMessage }, storage: fakeBrowser.storage } as unknown as PageScriptApi;
  lifetime = createScriptLifetime('page-watch-test', () => true);
  startPageWatch(() => api, lifetime);
}

beforeEach(async () => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  // Page scripts reach storage through the browser's own global, not the polyfill.
  vi.stubGlobal('chrome', fakeBrowser);
  await fakeBrowser.storage.local.set({ contextualHelp: 'card' });
  document.body.innerHTML = NEWS;
  document.title = 'Town news';
  sent = [];
  closeReaderRequests = 0;
});

afterEach(() => {
  lifetime.end();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (globalThis as Record<symbol, unknown>)[CLOSE_READER];
});

/** Counts the first looks: each walks the body once (the close reader, never loaded here, would walk more). */
const countReads = () => vi.spyOn(document, 'createTreeWalker');

/** A page that adds a paragraph of news every half second (a live feed) for `ms`: every planned re-read happens. */
async function keepChanging(ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 500) {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>More news from the council.</p>');
    await vi.advanceTimersByTimeAsync(500);
  }
}

describe('page watch: planned re-reads', () => {
  it('reads a page that keeps changing at load and once in each planned window after it, then stops, saying nothing of a page that names no benzo', async () => {
    const reads = countReads();
    watch();
    await keepChanging(AFTER_EVERY_RECHECK_MS * 3);
    expect(reads).toHaveBeenCalledTimes(1 + RECHECK_WINDOWS_MS.length);
    expect(sent).toEqual([]);
  });

  it('reads a page that has not changed once: a planned re-read finds the same elements and title, and is skipped', async () => {
    const reads = countReads();
    watch();
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS * 3);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('reads it again when only its title changes', async () => {
    watch();
    await vi.advanceTimersByTimeAsync(500);
    // A title that names a benzo: read again, the page gets the close reader.
    document.title = 'Klonopin taper: week two';
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS);
    expect(closeReaderRequests).toBe(1);
  });

  it('reads again as planned a page of more elements than it counts', async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<i></i>'.repeat(DEFAULT_READ_LIMITS.maxNodes + 1));
    const reads = countReads();
    watch();
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS * 3);
    expect(reads.mock.calls.length).toBeGreaterThan(1);
  });

  it('reads it again once content arrives late, and offers help when that content is about tapering', async () => {
    const reads = countReads();
    watch();
    await vi.advanceTimersByTimeAsync(500);
    expect(reads).toHaveBeenCalledTimes(1);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', TAPER);
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS);
    expect(sent).toEqual([expect.objectContaining({ offer: true, requested: false })]);
  });

  it('says "no" once a single-page site moves on from a page that got help, so the badge is cleared', async () => {
    document.body.innerHTML = TAPER;
    watch();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([expect.objectContaining({ offer: true })]);
    document.body.innerHTML = NEWS;
    history.pushState(null, '', '/town-news');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(sent.at(-1)).toEqual(expect.objectContaining({ offer: false, requested: false }));
  });

  it('touches neither settings nor storage on a page that names no benzo', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const listen = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    watch();
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS * 3);
    expect(get).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', TAPER);
    history.pushState(null, '', '/taper-story');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(get).toHaveBeenCalled();
    expect(listen).toHaveBeenCalledTimes(1);
  });
});

describe('page watch: the close reader', () => {
  it('is never loaded into a page that names no benzo', async () => {
    const reads = countReads();
    watch();
    await keepChanging(AFTER_EVERY_RECHECK_MS * 3);
    expect(reads).toHaveBeenCalledTimes(1 + RECHECK_WINDOWS_MS.length);
    expect(closeReaderRequests).toBe(0);
  });

  it('is loaded once, when a benzo is first named, and used for every read after that', async () => {
    watch();
    await vi.advanceTimersByTimeAsync(500);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', TAPER);
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS);
    expect(sent.filter((message) => message.offer)).toHaveLength(1);
    expect(closeReaderRequests).toBe(1);
  });

  it('reports nothing for a page it could not read closely, rather than a "no"', async () => {
    document.body.innerHTML = TAPER;
    watch({ canInject: false });
    await vi.advanceTimersByTimeAsync(500);
    expect(closeReaderRequests).toBe(1);
    expect(sent).toEqual([]);
  });
});

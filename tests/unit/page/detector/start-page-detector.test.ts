import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installCloseReader } from '@/page/detector/close-read';
import { RECHECK_WINDOWS_MS } from '@/page/detector/recheck-schedule';
import { startPageDetector } from '@/page/detector/start-page-detector';
import { CHECK_REQUESTED, CLOSE_READER, lifetimeKey } from '@/shared/page-script-keys';

const AFTER_EVERY_RECHECK_MS = RECHECK_WINDOWS_MS.at(-1)![1] + 2_000;
const NEWS = '<main><h1>Town news</h1><p>The council met on Tuesday to discuss the new bus routes.</p></main>';
const TAPER = '<p>Coming off clonazepam slowly with my prescriber: a slow taper, and the withdrawal nights are easier now.</p>';

/** Every time the detector reaches for the extension (`chrome.runtime`, `chrome.storage`), counted. */
let touches: string[];
/** What `chrome.runtime.id` answers: undefined once the extension has been updated or removed. */
let runtimeId: string | undefined;
let sent: { type: string; offer?: boolean }[];

beforeEach(async () => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ contextualHelp: 'card' });
  touches = [];
  runtimeId = 'steady';
  sent = [];
  const runtime = {
    get id() {
      touches.push('runtime.id');
      return runtimeId;
    },
    async sendMessage(message: { type: string; offer?: boolean }) {
      if (message.type === 'steady:need-close-reader') installCloseReader();
      else sent.push(message);
    },
  };
  vi.stubGlobal('chrome', {
    get runtime() {
      touches.push('runtime');
      return runtime;
    },
    get storage() {
      touches.push('storage');
      return fakeBrowser.storage;
    },
  });
  document.body.innerHTML = NEWS;
});

afterEach(() => {
  const end = (globalThis as Record<symbol, unknown>)[lifetimeKey('page-detector')];
  if (typeof end === 'function') end();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (globalThis as Record<symbol, unknown>)[CLOSE_READER];
  history.replaceState(null, '', '/');
});

describe('the page detector, started as the browser starts it', () => {
  it('never reaches for the extension on a page that names no benzo, not even to ask whether it is still there', async () => {
    const reads = vi.spyOn(document, 'createTreeWalker');
    startPageDetector();
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS);
    expect(reads).toHaveBeenCalled();
    expect(touches).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('asks from the first name on, and offers help', async () => {
    document.body.innerHTML = TAPER;
    startPageDetector();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(touches).toContain('storage');
    expect(touches).toContain('runtime.id');
    expect(sent).toEqual([expect.objectContaining({ offer: true, requested: false })]);
  });

  it('left behind by an update, ends at the first name it finds and reads the page no more', async () => {
    runtimeId = undefined;
    startPageDetector();
    await vi.advanceTimersByTimeAsync(500);
    expect(touches).toEqual([]);
    // The page changes address and now names a benzo: the orphan finds it, asks, learns it is alone, and ends.
    document.body.innerHTML = TAPER;
    history.pushState(null, '', '/taper-story');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(touches).toContain('runtime.id');
    const reads = vi.spyOn(document, 'createTreeWalker');
    history.pushState(null, '', '/another-story');
    await vi.advanceTimersByTimeAsync(AFTER_EVERY_RECHECK_MS);
    expect(reads).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('answers the popup\'s "Check this page" on a page that names no benzo', async () => {
    (globalThis as Record<symbol, unknown>)[CHECK_REQUESTED] = true;
    startPageDetector();
    await vi.advanceTimersByTimeAsync(500);
    expect((globalThis as Record<symbol, unknown>)[CHECK_REQUESTED]).toBeUndefined();
    expect(sent).toEqual([expect.objectContaining({ offer: false, requested: true })]);
  });
});

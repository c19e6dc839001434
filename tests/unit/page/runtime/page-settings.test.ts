import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  allowThisSiteAgain,
  blockThisSite,
  endSnooze,
  loadDetectorSettings,
  loadPageSettings,
  snoozeHelpForADay,
  watchDetectorSettings,
} from '@/page/runtime/page-settings';
import { DEFAULT_SETTINGS } from '@/shared/settings-schema';
import { MAX_BLOCKED_SITES } from '@/shared/site-rules';

beforeEach(() => {
  fakeBrowser.reset();
  // Page scripts reach storage through the browser's own global, not the polyfill.
  vi.stubGlobal('chrome', fakeBrowser);
  vi.stubGlobal('location', { hostname: 'New.Example' });
});

describe('page storage', () => {
  it('"not on this site" keeps the site just blocked when the list is full, dropping the oldest', async () => {
    const full = Array.from({ length: MAX_BLOCKED_SITES }, (_, i) => `site${i}.example`);
    await fakeBrowser.storage.local.set({ blockedSites: full });
    await blockThisSite();
    const { blockedSites } = (await fakeBrowser.storage.local.get('blockedSites')) as { blockedSites: string[] };
    expect(blockedSites).toHaveLength(MAX_BLOCKED_SITES);
    expect(blockedSites.at(-1)).toBe('new.example');
    expect(blockedSites).not.toContain('site0.example');
    await expect(loadPageSettings()).resolves.toMatchObject({ blockedSites });
  });

  it('reads a stored list of 400,000 sites as its newest 500, and rewrites it at that cap', async () => {
    await fakeBrowser.storage.local.set({ blockedSites: Array.from({ length: 400_000 }, (_, i) => `site${i}.example`) });
    const { blockedSites } = await loadPageSettings();
    expect(blockedSites).toHaveLength(MAX_BLOCKED_SITES);
    expect(blockedSites.at(-1)).toBe('site399999.example');
    await vi.waitFor(() => expect(fakeBrowser.storage.local.get('blockedSites')).resolves.toEqual({ blockedSites }));
  });

  it('reads the text size, with the default for anything else', async () => {
    await fakeBrowser.storage.local.set({ textSize: 'larger' });
    await expect(loadPageSettings()).resolves.toMatchObject({ textSize: 'larger' });
    await fakeBrowser.storage.local.set({ textSize: 'huge' });
    await expect(loadPageSettings()).resolves.toMatchObject({ textSize: 'normal' });
  });

  it('Undo after "not on this site" takes this site off the list and leaves the others', async () => {
    await fakeBrowser.storage.local.set({ blockedSites: ['forum.example', 'other.example'] });
    await blockThisSite();
    await expect(loadPageSettings()).resolves.toMatchObject({ blockedSites: ['forum.example', 'other.example', 'new.example'] });
    await allowThisSiteAgain();
    await expect(loadPageSettings()).resolves.toMatchObject({ blockedSites: ['forum.example', 'other.example'] });
  });

  it('Undo after "snooze for a day" ends the snooze', async () => {
    await snoozeHelpForADay(Date.now());
    expect((await loadPageSettings()).snoozedUntil).toBeGreaterThan(Date.now());
    await endSnooze();
    await expect(loadPageSettings()).resolves.toMatchObject({ snoozedUntil: 0 });
  });

  it('the detector reads only its own four settings, each checked, the defaults for anything corrupt', async () => {
    await fakeBrowser.storage.local.set({
      contextualHelp: 'badge',
      sensitivity: 'any',
      region: 'GB',
      blockedSites: ['a.example'],
      snoozedUntil: 5,
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await expect(loadDetectorSettings()).resolves.toEqual({
      contextualHelp: 'badge',
      sensitivity: 'any',
      blockedSites: ['a.example'],
      snoozedUntil: 5,
    });
    expect(get).toHaveBeenCalledWith(['contextualHelp', 'sensitivity', 'blockedSites', 'snoozedUntil']);
    await fakeBrowser.storage.local.set({
      contextualHelp: 'always',
      sensitivity: { any: true },
      blockedSites: 'a.example',
      snoozedUntil: -1,
    });
    await expect(loadDetectorSettings()).resolves.toEqual({
      contextualHelp: DEFAULT_SETTINGS.contextualHelp,
      sensitivity: DEFAULT_SETTINGS.sensitivity,
      blockedSites: [],
      snoozedUntil: 0,
    });
  });

  it("the detector hears of a change to its own settings, not to the card's", async () => {
    const heard = vi.fn();
    const stop = watchDetectorSettings(heard);
    await fakeBrowser.storage.local.set({ region: 'GB', language: 'es', copyFormat: 'full', textSize: 'large' });
    expect(heard).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ sensitivity: 'any' });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ contextualHelp: 'off' });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

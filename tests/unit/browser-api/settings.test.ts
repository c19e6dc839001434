import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REGIONS } from '@/help-content/regions';
import { eraseEverything, loadSettings, saveSetting, watchSettings } from '@/browser-api/settings';
import { DEFAULT_SETTINGS, sanitizeSetting } from '@/shared/settings-schema';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('are the defaults when nothing is stored', async () => {
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('read back what was saved, from storage.local', async () => {
    await saveSetting('theme', 'dark');
    await saveSetting('copyFormat', 'short');
    await expect(loadSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', copyFormat: 'short' });
    await expect(fakeBrowser.storage.local.get('theme')).resolves.toEqual({ theme: 'dark' });
    await expect(fakeBrowser.storage.sync.get(null)).resolves.toEqual({});
  });

  it('fall back to the default for each corrupt stored value, silently', async () => {
    await fakeBrowser.storage.local.set({ region: 'Mars', copyFormat: { evil: true }, theme: 42, textSize: 'large' });
    await expect(loadSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, textSize: 'large' });
  });

  it('refuse to save a value the setting does not allow', async () => {
    // @ts-expect-error: the point is a bad value at run time.
    await expect(saveSetting('theme', 'neon')).rejects.toThrow(/Not a valid theme/);
    await expect(fakeBrowser.storage.local.get('theme')).resolves.toEqual({});
  });

  it.each(REGIONS)('save and read back %s, as the country picker offers it', async (region) => {
    await saveSetting('region', region);
    await expect(loadSettings()).resolves.toMatchObject({ region });
  });

  it('sanitise any single value', () => {
    expect(sanitizeSetting('textSize', 'larger')).toBe('larger');
    expect(sanitizeSetting('textSize', '__proto__')).toBe('normal');
    expect(sanitizeSetting('region', undefined)).toBe('auto');
  });

  it('tell watchers about a change with the whole, sanitised settings', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await saveSetting('textSize', 'large');
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, textSize: 'large' }));
    await fakeBrowser.storage.local.set({ theme: 'blinding' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, textSize: 'large' });
    unwatch();
    await saveSetting('theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('are all erased by "erase everything", with the checklist', async () => {
    await saveSetting('theme', 'dark');
    await fakeBrowser.storage.local.set({ prescriberChecklist: ['goal'] });
    await eraseEverything();
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({});
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });
});

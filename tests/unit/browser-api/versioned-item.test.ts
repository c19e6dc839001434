import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/shared/settings-schema';
import { repairVersionRecord } from '@/browser-api/versioned-item';

/** Every key Steady keeps through the storage library, each with a `<key>$` version record beside it. */
const ITEM_KEYS = [...Object.keys(DEFAULT_SETTINGS), 'blockedSites', 'prescriberChecklist'];
/** Well inside a popup's first second: the corrupt records below made each page take 7.3-7.9 s. */
const MAX_LOAD_MS = 200;

beforeEach(() => {
  fakeBrowser.reset();
  // Each test loads the storage modules afresh, as a newly opened popup or options page does.
  vi.resetModules();
});

async function loadEverything() {
  const [{ loadSettings }, { loadBlockedSites }, { loadTicked }] = await Promise.all([
    import('@/browser-api/settings'),
    import('@/browser-api/site-rules-storage'),
    import('@/browser-api/checklist-storage'),
  ]);
  const start = performance.now();
  const [settings, sites, ticked] = await Promise.all([loadSettings(), loadBlockedSites(), loadTicked(['goal', 'other'])]);
  return { ms: performance.now() - start, settings, sites, ticked };
}

describe('a corrupt version record', () => {
  it.each([{ v: -10_000_000 }, { v: '-300000' }, { v: -450_000_000 }, { v: 1.5 }, { v: 99 }, { v: [] }, 'garbage', [1], 42])(
    '(%j) leaves settings, blocked sites and the checklist loading fast, with the stored values',
    async (record) => {
      await fakeBrowser.storage.local.set({
        theme: 'dark',
        region: 'MX',
        blockedSites: ['a.example'],
        prescriberChecklist: ['goal'],
        ...Object.fromEntries(ITEM_KEYS.map((key) => [`${key}$`, record])),
      });
      const { ms, settings, sites, ticked } = await loadEverything();
      expect(ms).toBeLessThan(MAX_LOAD_MS);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', region: 'MX' });
      expect(sites).toEqual(['a.example']);
      expect(ticked).toEqual(['goal']);
      // Repaired in storage too, so the next page to open does not meet it: gone (read as version 1), or version 1.
      const stored = await fakeBrowser.storage.local.get(null);
      for (const key of ITEM_KEYS) expect([undefined, { v: 1 }], key).toContainEqual(stored[`${key}$`]);
    },
  );

  it('is removed, and a good one is left alone', async () => {
    await fakeBrowser.storage.local.set({ theme$: { v: -5 }, region$: { v: 1 }, language$: { v: 1, note: 'kept' } });
    await repairVersionRecord('local:theme', 1);
    await repairVersionRecord('local:region', 1);
    await repairVersionRecord('local:language', 1);
    await repairVersionRecord('local:textSize', 1);
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({ region$: { v: 1 }, language$: { v: 1, note: 'kept' } });
  });
});

describe('stored lists read back', () => {
  it('stay fast with 400,000 blocked sites and 400,000 ticks, and the oversized list is rewritten at its cap', async () => {
    const { MAX_BLOCKED_SITES } = await import('@/shared/site-rules');
    const sites = Array.from({ length: 400_000 }, (_, i) => `site${i}.example`);
    await fakeBrowser.storage.local.set({ blockedSites: sites, prescriberChecklist: Array.from({ length: 400_000 }, (_, i) => `id${i}`) });
    const { ms, sites: loaded } = await loadEverything();
    expect(ms).toBeLessThan(MAX_LOAD_MS);
    expect(loaded).toEqual(sites.slice(-MAX_BLOCKED_SITES));
    await expect(fakeBrowser.storage.local.get('blockedSites')).resolves.toEqual({ blockedSites: loaded });
  });
});

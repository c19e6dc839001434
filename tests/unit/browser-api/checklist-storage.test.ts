import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadTicked, MAX_STORED_TICKS, sanitizeTicked, saveTicked } from '@/browser-api/checklist-storage';

const KNOWN = ['a', 'b', 'c'];
beforeEach(() => fakeBrowser.reset());

describe('checklist storage', () => {
  it('round-trips ticked ids in storage.local', async () => {
    await saveTicked(['c', 'a']);
    await expect(loadTicked(KNOWN)).resolves.toEqual(['a', 'c']);
  });
  it('drops unknown ids and survives corrupt values', async () => {
    expect(sanitizeTicked(['a', 'zzz', 7], KNOWN)).toEqual(['a']);
    expect(sanitizeTicked('a,b', KNOWN)).toEqual([]);
    expect(sanitizeTicked({ a: true }, KNOWN)).toEqual([]);
    await fakeBrowser.storage.local.set({ prescriberChecklist: 'oops' });
    await expect(loadTicked(KNOWN)).resolves.toEqual([]);
  });
  it('reads only the start of a corrupt, overlong list', () => {
    const junk = Array.from({ length: MAX_STORED_TICKS - 1 }, (_, i) => `junk${i}`);
    expect(sanitizeTicked([...junk, 'b', 'a'], KNOWN)).toEqual(['b']);
    expect(sanitizeTicked([...junk, 'junk', ...Array.from({ length: 400_000 }, () => 'c')], KNOWN)).toEqual([]);
  });
});

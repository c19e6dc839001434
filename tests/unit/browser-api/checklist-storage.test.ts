import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadNotes,
  loadTicked,
  MAX_NOTES_LENGTH,
  MAX_STORED_TICKS,
  sanitizeNotes,
  sanitizeTicked,
  saveNotes,
  saveTicked,
} from '@/browser-api/checklist-storage';

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

describe('checklist notes storage', () => {
  it('round-trips the reader’s own notes in storage.local, under their own key', async () => {
    await expect(loadNotes()).resolves.toBe('');
    await saveNotes('Why do I wake at 3 a.m.?\nAsk about the pharmacy.');
    await expect(loadNotes()).resolves.toBe('Why do I wake at 3 a.m.?\nAsk about the pharmacy.');
    expect(await fakeBrowser.storage.local.get('prescriberNotes')).toEqual({
      prescriberNotes: 'Why do I wake at 3 a.m.?\nAsk about the pharmacy.',
    });
    expect(await fakeBrowser.storage.local.get('prescriberChecklist')).toEqual({});
  });
  it('reads anything but text as no notes', async () => {
    expect(sanitizeNotes(42)).toBe('');
    expect(sanitizeNotes(['a'])).toBe('');
    expect(sanitizeNotes(null)).toBe('');
    await fakeBrowser.storage.local.set({ prescriberNotes: { text: 'x' } });
    await expect(loadNotes()).resolves.toBe('');
  });
  it('keeps new lines and tabs, drops other control and direction characters, and caps the length', async () => {
    expect(sanitizeNotes('one\r\ntwo\rthree\tfour')).toBe('one\ntwo\nthree\tfour');
    expect(sanitizeNotes('a\u0000b\u0007c\u202Ed\u2066e')).toBe('abcde');
    expect(sanitizeNotes('é ñ ¿qué?')).toBe('é ñ ¿qué?');
    expect(sanitizeNotes('x'.repeat(MAX_NOTES_LENGTH + 10))).toHaveLength(MAX_NOTES_LENGTH);
    await fakeBrowser.storage.local.set({ prescriberNotes: 'y'.repeat(500_000) });
    await expect(loadNotes()).resolves.toHaveLength(MAX_NOTES_LENGTH);
    await saveNotes('z'.repeat(MAX_NOTES_LENGTH * 3));
    expect(((await fakeBrowser.storage.local.get('prescriberNotes')).prescriberNotes as string).length).toBe(MAX_NOTES_LENGTH);
  });
});

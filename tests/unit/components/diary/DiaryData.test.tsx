import { cleanup, fireEvent, render, screen, waitFor, within } from '@/tests/support/render';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiaryData } from '@/components/diary/DiaryData';
import type { DiaryEntry } from '@/shared/diary/diary-entry';
import { diaryToJson, MAX_IMPORT_CHARS } from '@/shared/diary/diary-transfer';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const TODAY = '2026-12-02';
const entry = (day: string, overall: 0 | 1 | 2 | 3): DiaryEntry => ({
  day,
  overall,
  symptoms: {},
  doseChanged: false,
  redFlags: [],
  note: '',
});

function renderData(diary: DiaryEntry[]) {
  const onChange = vi.fn();
  render(<DiaryData diary={diary} today={TODAY} onChange={onChange} />);
  return onChange;
}

/** Chooses a file in the import field, as a person would. */
function choose(text: string, name = 'diary.json') {
  const input = screen.getByLabelText('Add check-ins from a saved copy') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
}

describe('the diary’s data', () => {
  it('offers only the import while the diary is empty', () => {
    renderData([]);
    expect(screen.queryByRole('button', { name: 'Save a copy (JSON)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Erase the diary' })).toBeNull();
    expect(screen.getByLabelText('Add check-ins from a saved copy')).toBeTruthy();
  });

  it('adds a file’s check-ins to the diary, saved, and counts what it left out', async () => {
    const onChange = renderData([entry('2026-11-01', 1)]);
    const file = JSON.parse(diaryToJson([entry('2026-11-02', 2), entry('2026-11-03', 3)], TODAY));
    file.entries.push({ day: '2099-01-01', overall: 1 }, 'junk');
    choose(JSON.stringify(file));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Loaded 2 check-ins from the file. 2 entries could not be used and were left out.',
      ),
    );
    const saved = [entry('2026-11-01', 1), entry('2026-11-02', 2), entry('2026-11-03', 3)];
    expect(onChange).toHaveBeenCalledWith(saved);
    expect((await fakeBrowser.storage.local.get('taperDiary')).taperDiary).toEqual(saved);
  });

  it.each([
    ['not a diary', '{"hello": 1}', 'This file is not a diary saved by Steady. Nothing was changed.'],
    ['broken JSON', '{"format": "steady-taper-diary", ', 'This file is not a diary saved by Steady. Nothing was changed.'],
    [
      'from a newer Steady',
      JSON.stringify({ format: 'steady-taper-diary', version: 99, exported: TODAY, entries: [] }),
      'This file was saved by a newer Steady. Update Steady, then try again. Nothing was changed.',
    ],
    ['too large', `{${' '.repeat(MAX_IMPORT_CHARS)}}`, 'This file is too large to be a Steady diary. Nothing was changed.'],
    [
      'with no version',
      JSON.stringify({ format: 'steady-taper-diary', entries: [] }),
      'This file is not a diary saved by Steady. Nothing was changed.',
    ],
    [
      'with nothing usable in it',
      JSON.stringify({ format: 'steady-taper-diary', version: 1, exported: TODAY, entries: [{ day: '2099-01-01', overall: 1 }] }),
      'This file has no check-ins Steady could use. Nothing was changed.',
    ],
  ])('refuses a file %s, changing nothing', async (_, text, message) => {
    const onChange = renderData([entry('2026-11-01', 1)]);
    choose(text);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(message));
    expect(onChange).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('erases only after the question, which opens on its safe answer and closes with Escape', async () => {
    await fakeBrowser.storage.local.set({ taperDiary: [entry('2026-11-01', 1), entry('2026-11-02', 2)] });
    const onChange = renderData([entry('2026-11-01', 1), entry('2026-11-02', 2)]);
    fireEvent.click(screen.getByRole('button', { name: 'Erase the diary' }));
    const question = screen.getByRole('group', {
      name: 'Erase all 2 check-ins from this device? This cannot be undone. Save a copy first to keep them.',
    });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(question, { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Erase the diary' }));
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Erase the diary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase the diary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The diary is erased from this device.'));
    expect(onChange).toHaveBeenCalledWith([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('after erasing, focus goes to the section’s heading, as the erase button goes with the diary', async () => {
    await fakeBrowser.storage.local.set({ taperDiary: [entry('2026-11-01', 1)] });
    function Holder() {
      const [diary, setDiary] = useState<DiaryEntry[]>([entry('2026-11-01', 1)]);
      return <DiaryData diary={diary} today={TODAY} onChange={setDiary} />;
    }
    render(<Holder />);
    fireEvent.click(screen.getByRole('button', { name: 'Erase the diary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase the diary' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Your diary on this device'));
    expect(screen.queryByRole('button', { name: 'Erase the diary' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('The diary is erased from this device.');
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@/tests/support/render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiaryCheckIn } from '@/components/diary/DiaryCheckIn';
import { linesForRegion } from '@/help-content/helplines';
import { helplinesIn } from '@/shared/localized-helplines';
import { dayKeyOf } from '@/shared/diary/diary-entry';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const today = dayKeyOf(new Date());

function renderCheckIn(region: 'US' | 'OTHER' = 'US') {
  const { emergency, crisis } = linesForRegion(region, helplinesIn('en'));
  const onSaved = vi.fn();
  render(<DiaryCheckIn today={today} saved={undefined} emergency={emergency} crisis={crisis} onSaved={onSaved} />);
  return onSaved;
}

describe('the daily check-in', () => {
  it('saves nothing until "how was today" is answered, and says so', async () => {
    const onSaved = renderCheckIn();
    fireEvent.click(screen.getByRole('button', { name: 'Save today’s check-in' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Choose how today was, then save.'));
    expect(onSaved).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('saves the answers, the dose change as yes or no, and the note, in storage.local', async () => {
    const onSaved = renderCheckIn();
    fireEvent.click(within(screen.getByRole('group', { name: 'How was today?' })).getByLabelText('Good'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Shaking' })).getByLabelText('Mild'));
    fireEvent.click(screen.getByLabelText('My prescriber changed my dose today'));
    fireEvent.input(screen.getByLabelText('A note (optional)'), { target: { value: 'Walked today.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save today’s check-in' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const { taperDiary } = await fakeBrowser.storage.local.get('taperDiary');
    expect(taperDiary).toEqual([
      { day: today, overall: 3, symptoms: { shaking: 1 }, doseChanged: true, redFlags: [], note: 'Walked today.' },
    ]);
  });

  it('shows the emergency and crisis routes the moment a red flag is ticked, and where Steady knows no number, the way to find one', () => {
    renderCheckIn('OTHER');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('');
    fireEvent.click(screen.getByLabelText('Thoughts of suicide or of harming yourself'));
    expect(alert.textContent).toContain('you do not have to face it alone');
    expect(
      within(alert)
        .getByRole('link', { name: /Find a crisis line/ })
        .getAttribute('href'),
    ).toMatch(/^https:\/\//);
    fireEvent.click(screen.getByLabelText('Sudden, strong confusion'));
    expect(alert.textContent).toContain('Call emergency services now');
  });
});

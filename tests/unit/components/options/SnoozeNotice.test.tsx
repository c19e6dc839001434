import { cleanup, fireEvent, render, screen, waitFor } from '@/tests/support/render';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SnoozeNotice } from '@/components/options/SnoozeNotice';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 30, 12, 0);
const now = () => NOW;

describe('SnoozeNotice', () => {
  it('says until when help on web pages is snoozed, and "Turn back on now" ends the snooze', async () => {
    const until = NOW + 20 * 3600_000;
    await fakeBrowser.storage.local.set({ snoozedUntil: until });
    render(<SnoozeNotice now={now} />);
    const time = new Intl.DateTimeFormat('en', { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(until);
    await screen.findByText(`Help on web pages is snoozed until ${time}.`);
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on now' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Help on web pages is back on.'));
    await expect(fakeBrowser.storage.local.get('snoozedUntil')).resolves.toEqual({ snoozedUntil: 0 });
    expect(screen.queryByText(/snoozed until/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Turn back on now' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  it('shows nothing when help is not snoozed, or the snooze has ended', async () => {
    await fakeBrowser.storage.local.set({ snoozedUntil: NOW - 1 });
    const { container } = render(<SnoozeNotice now={now} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
  });

  it('appears when a page snoozes help while the settings are open', async () => {
    render(<SnoozeNotice now={now} />);
    await fakeBrowser.storage.local.set({ snoozedUntil: NOW + 3600_000 });
    await screen.findByRole('button', { name: 'Turn back on now' });
  });
});

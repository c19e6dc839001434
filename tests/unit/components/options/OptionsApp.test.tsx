import { cleanup, fireEvent, render, screen, waitFor, within } from '@/tests/support/render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { DEFAULT_SETTINGS, type Settings } from '@/shared/settings-schema';

const permissions = fakeBrowser.permissions;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  fakeBrowser.permissions = permissions;
});

const US = { region: 'US', sure: true } as const;
const group = (name: string) => screen.getByRole('group', { name });
const statusOf = (element: HTMLElement) => within(element).getByRole('status');

/** The browser's permission API, answering `request` with what the test says (or never). */
function stubPermissions(request: () => Promise<boolean>) {
  fakeBrowser.permissions = {
    ...permissions,
    request: vi.fn(request),
    remove: vi.fn(async () => true),
    contains: vi.fn(async () => false),
  } as unknown as typeof permissions;
}

describe('OptionsApp', () => {
  it('saves a choice to storage.local and says so beside that choice, and nowhere else', async () => {
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={US} />);
    fireEvent.click(screen.getByLabelText('Dark'));
    await waitFor(() => expect(statusOf(group('Colors')).textContent).toBe('Saved.'));
    await expect(fakeBrowser.storage.local.get('theme')).resolves.toEqual({ theme: 'dark' });
    expect((screen.getByLabelText('Dark') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('status').filter((status) => status.textContent !== '')).toHaveLength(1);

    fireEvent.click(screen.getByLabelText('Larger'));
    await waitFor(() => expect(statusOf(group('Text size')).textContent).toBe('Saved.'));
    expect(statusOf(group('Colors')).textContent).toBe('');
  });

  it('names each group of choices with a level-2 heading', () => {
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={US} />);
    for (const name of ['Language', 'Your country', 'Help on web pages', 'When you copy a helpline', 'Colors', 'Text size'])
      expect(within(group(name)).getByRole('heading', { level: 2, name })).toBeTruthy();
  });

  it('explains when the browser’s language and time zone leave the country in doubt', () => {
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={{ region: 'OTHER', sure: false }} />);
    expect(screen.getByText(/Steady is not sure of your country from your browser’s language and time zone/)).toBeTruthy();
  });

  it('hides what depends on help on web pages while it is off, and shows it when on', () => {
    const settings = (contextualHelp: Settings['contextualHelp']) => ({ ...DEFAULT_SETTINGS, contextualHelp });
    const { rerender } = render(<OptionsApp settings={settings('off')} autoRegion={US} />);
    expect(screen.queryByRole('group', { name: 'Offer help on' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Sites where help is never shown' })).toBeNull();
    expect(screen.getByText(/To notice these pages, Steady reads the text/)).toBeTruthy();
    rerender(<OptionsApp settings={settings('card')} autoRegion={US} />);
    expect(group('Offer help on')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sites where help is never shown' })).toBeTruthy();
  });

  it('shows help on web pages as waiting while the browser’s question is open, never as saved', async () => {
    stubPermissions(() => new Promise<boolean>(() => {}));
    render(<OptionsApp settings={{ ...DEFAULT_SETTINGS, contextualHelp: 'off' }} autoRegion={US} />);
    fireEvent.click(screen.getByLabelText('Card: a small help card at the corner of the page'));
    await waitFor(() => expect(statusOf(group('Help on web pages')).textContent).toBe('Waiting for your answer…'));
    expect(group('Help on web pages').getAttribute('aria-busy')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statusOf(group('Help on web pages')).textContent).toBe('Waiting for your answer…');
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Offer help on' })).toBeNull();
    await expect(fakeBrowser.storage.local.get('contextualHelp')).resolves.toEqual({});
  });

  it('says so beside the choice when the browser’s question is refused, and help stays off', async () => {
    stubPermissions(async () => false);
    render(<OptionsApp settings={{ ...DEFAULT_SETTINGS, contextualHelp: 'off' }} autoRegion={US} />);
    fireEvent.click(screen.getByLabelText('Card: a small help card at the corner of the page'));
    await waitFor(() =>
      expect(statusOf(group('Help on web pages')).textContent).toBe('Help on web pages is still off: access to pages was not allowed.'),
    );
    expect(group('Help on web pages').getAttribute('aria-busy')).toBe('false');
    expect((screen.getByLabelText('Off') as HTMLInputElement).checked).toBe(true);
  });

  it('says exactly what erasing removes', () => {
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={US} />);
    const text = screen.getByRole('region', { name: 'Erase everything' }).textContent;
    for (const part of [/your settings/, /checklist ticks and notes/, /sites where help is never shown/, /snooze/i])
      expect(text).toMatch(part);
  });

  it('asks once before erasing, moves focus into the question and back, and can be cancelled with Cancel or Escape', async () => {
    await fakeBrowser.storage.local.set({
      theme: 'dark',
      prescriberChecklist: ['plan-together'],
      blockedSites: ['a.example'],
      snoozedUntil: 1,
    });
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={US} />);
    const start = screen.getByRole('button', { name: 'Erase everything…' });
    fireEvent.click(start);
    const question = screen.getByRole('group', { name: 'Erase all of this from this device? This cannot be undone.' });
    await waitFor(() => expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' })));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Erase everything…'));

    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Yes, erase everything' })).toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Erase everything…'));
    await expect(fakeBrowser.storage.local.get(null)).resolves.toMatchObject({ theme: 'dark' });

    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    const status = statusOf(screen.getByRole('region', { name: 'Erase everything' }));
    await waitFor(() => expect(status.textContent).toBe('Everything Steady stored on this device has been erased.'));
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({});
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Erase everything…'));
  });
});

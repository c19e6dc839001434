import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '@/shared/settings-schema';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('OptionsApp', () => {
  it('saves a choice to storage.local and says so', async () => {
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={{ region: 'US', sure: true }} />);
    fireEvent.click(screen.getByLabelText('Dark'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    await expect(fakeBrowser.storage.local.get('theme')).resolves.toEqual({ theme: 'dark' });
    expect((screen.getByLabelText('Dark') as HTMLInputElement).checked).toBe(true);
  });

  it('explains when the browser’s language and time zone leave the country in doubt', () => {
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={{ region: 'OTHER', sure: false }} />);
    expect(screen.getByText(/Steady is not sure of your country from your browser’s language and time zone/)).toBeTruthy();
  });

  it('asks once before erasing, and can be cancelled', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    render(<OptionsApp settings={DEFAULT_SETTINGS} autoRegion={{ region: 'US', sure: true }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({ theme: 'dark' });
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/has been erased/));
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({});
  });
});

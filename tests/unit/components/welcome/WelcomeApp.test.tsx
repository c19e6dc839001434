import { cleanup, render, screen, within } from '@/tests/support/render';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { DEFAULT_SETTINGS } from '@/shared/settings-schema';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('WelcomeApp', () => {
  it('says to pin Steady to the toolbar, how to in Chrome, and draws it without saying it twice', () => {
    render(<WelcomeApp settings={DEFAULT_SETTINGS} region="US" browserKind="chrome" />);
    const pin = screen.getByRole('region', { name: 'Pin Steady to your toolbar' });
    expect(pin.textContent).toMatch(/puzzle piece/);
    expect(pin.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('in Firefox, says the button is usually there already, and where to look if not', () => {
    render(<WelcomeApp settings={DEFAULT_SETTINGS} region="US" browserKind="firefox" />);
    const pin = screen.getByRole('region', { name: 'Pin Steady to your toolbar' });
    expect(pin.textContent).toMatch(/Firefox usually shows/);
    expect(pin.textContent).toMatch(/Pin to Toolbar/);
    expect(within(pin).queryByText(/Chrome/)).toBeNull();
  });
});

import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalRequest, launchWithExtension, type ExtensionBrowser } from './fixtures/extension-browser';
import { PopupPage } from './pages/popup-page';

const SAMHSA_COPY = [
  'SAMHSA National Helpline',
  'Call: 1-800-662-HELP (4357)',
  'TTY: 1-800-487-4889',
  'Hours: 24 hours a day, 365 days a year',
  'Official site: https://www.samhsa.gov/find-help/national-helpline',
].join('\n');

describe('popup in Chromium (production build)', () => {
  let browser: ExtensionBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    browser = await launchWithExtension();
    popup = await PopupPage.open(browser);
  });
  afterAll(async () => browser?.close());

  it('shows the emergency line first, with 911 and 988', async () => {
    await expect(popup.emergency.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await expect(popup.emergency.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    const firstInMain = await popup.page.locator('main > *').first().getAttribute('aria-labelledby');
    expect(firstInMain).toBe('emergency-heading');
  });

  it('shows SAMHSA at 1-800-662-4357 with call, TTY and copy', async () => {
    const samhsa = popup.helpline('SAMHSA National Helpline');
    await expect(samhsa.getByRole('link', { name: 'Call 1-800-662-HELP (4357)' }).getAttribute('href')).resolves.toBe('tel:+18006624357');
    await expect(samhsa.getByRole('link', { name: '1-800-487-4889' }).getAttribute('href')).resolves.toBe('tel:+18004874889');
    await expect(popup.helpline('Crisis Text Line').getByRole('link', { name: 'Text HOME to 741741' }).getAttribute('href')).resolves.toBe(
      'sms:741741?body=HOME',
    );
  });

  it('copies a helpline to the real clipboard and says so', async () => {
    await popup.copy('SAMHSA National Helpline');
    await expect.poll(() => popup.clipboardText()).toBe(SAMHSA_COPY);
    await expect
      .poll(() => popup.helpline('SAMHSA National Helpline').getByRole('status').textContent())
      .toBe('Copied SAMHSA National Helpline details.');
  });

  it('has no axe violations in any section', async () => {
    for (const section of ['Helplines', 'Stay safe', 'Cope', 'Help someone']) {
      await popup.tab(section).click();
      const results = await new AxeBuilder({ page: popup.page }).analyze();
      expect(results.violations.map((v) => `${section}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });

  it('made no request that leaves the machine', () => {
    const external = browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId));
    expect(external).toEqual([]);
    expect(browser.requests.some((url) => url.endsWith('/popup.html'))).toBe(true);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, readExtensionStorage, type ExtensionBrowser } from './fixtures/extension-browser';
import { PopupPage } from './pages/popup-page';

describe('regions in the popup, Chromium (production build)', () => {
  let browser: ExtensionBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    // A British browser: the United Kingdom's numbers come first without any setting.
    browser = await launchWithExtension({ locale: 'en-GB' });
    popup = await PopupPage.open(browser);
  });
  afterAll(async () => browser?.close());

  it('follows the browser to the United Kingdom: 999 first, then UK lines, with what differs in Northern Ireland', async () => {
    await expect(popup.emergency.getByRole('link', { name: 'Call 999' }).getAttribute('href')).resolves.toBe('tel:999');
    await expect(popup.helpline('Samaritans').getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).resolves.toBe('tel:116123');
    await expect(popup.helpline('NHS 111').getByText('England, Scotland and Wales. Not in Northern Ireland.').count()).resolves.toBe(1);
    await expect(popup.helpline('Lifeline (Northern Ireland)').getByText('Northern Ireland only.').count()).resolves.toBe(1);
    await expect(popup.helpline('FRANK').getByText(/^Not free/).count()).resolves.toBe(1);
    await expect(popup.page.getByText('Steady has no helplines for your country yet').count()).resolves.toBe(0);
  });

  it('copies a UK line with its cost and where it works', async () => {
    await popup.copy('NHS 111');
    await expect
      .poll(() => popup.clipboardText())
      .toBe(['NHS 111', 'Call: 111', 'Hours: 24 hours a day, 7 days a week', 'Cost: Free', 'Where: England, Scotland and Wales. Not in Northern Ireland.', 'Languages: Interpreters on request', 'Official site: https://111.nhs.uk/'].join('\n'));
  });

  it('changes country in one step, and remembers it', async () => {
    await popup.page.getByLabel('Country').selectOption({ label: 'Canada' });
    await expect.poll(() => popup.emergency.getByRole('heading').textContent()).toBe('Emergency? Call 911');
    await expect(popup.helpline('Kids Help Phone').getByRole('link', { name: 'Text CONNECT to 686868' }).getAttribute('href')).resolves.toBe('sms:686868?body=CONNECT');
    await expect(popup.helpline('9-8-8 Suicide Crisis Helpline').count()).resolves.toBe(1);
    await expect.poll(() => readExtensionStorage(popup.page).then((s) => s.region)).toBe('CA');
    await popup.page.reload();
    await expect.poll(() => popup.page.getByLabel('Country').inputValue()).toBe('CA');
  });

  it('has no axe violations with another country chosen', async () => {
    const results = await new AxeBuilder({ page: popup.page }).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

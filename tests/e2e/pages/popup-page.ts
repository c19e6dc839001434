import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../fixtures/extension-browser';

/** The toolbar popup, opened as a tab: no test tool can click the real toolbar icon. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser): Promise<PopupPage> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByRole('heading', { name: 'Steady', level: 1 }).waitFor();
    return new PopupPage(page);
  }

  get emergency(): Locator {
    return this.page.getByRole('region', { name: /^Emergency\? Call/ });
  }

  helpline(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async copy(helplineName: string): Promise<void> {
    await this.page.bringToFront();
    await this.helpline(helplineName).getByRole('button', { name: `Copy ${helplineName} details` }).click();
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

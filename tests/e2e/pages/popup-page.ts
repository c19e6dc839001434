import type { Locator, Page } from 'playwright-core';
import { openExtensionPage, type ExtensionBrowser } from '../fixtures/extension-browser';

/** The toolbar popup, opened as a tab: no test tool can click the real toolbar icon. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser): Promise<PopupPage> {
    return new PopupPage(await openExtensionPage(browser, 'popup.html', 'Steady'));
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
    await this.helpline(helplineName)
      .getByRole('button', { name: `Copy ${helplineName} details`, exact: true })
      .click();
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isLocalRequest,
  launchWithExtension,
  openExtensionPage,
  type ExtensionBrowser,
  type ExtensionGlobals,
} from './fixtures/extension-browser';
import { PopupPage } from './pages/popup-page';

const TABS = ['Guides', 'Find support', 'Helplines', 'Prescriber visit'];

function groupHeadings(page: Page) {
  return page.locator('.resource-group > h3').allTextContents();
}

function resourceNames(page: Page) {
  return page.locator('.resource h4').allTextContents();
}

describe('side panel page in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 400, height: 900 } });
    page = await openExtensionPage(browser, 'sidepanel.html', 'Steady');
  });
  afterAll(async () => browser?.close());

  it('keeps the emergency line and a crisis line in view on every section', async () => {
    // The first-run page may have come to the front; a background tab does not scroll.
    await page.bringToFront();
    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab }).click();
      const bar = page.getByRole('complementary', { name: 'Urgent help' });
      await expect(bar.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
      await expect(bar.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
      await page.evaluate(() => window.scrollTo(0, 3000));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      await expect.poll(() => bar.boundingBox().then((box) => box?.y)).toBe(0);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  it('offers the guides as prose, with one list of sources per guide naming what each source backs', async () => {
    await page.getByRole('tab', { name: 'Guides' }).click();
    const headings = await page.locator('.guide > h2, #guide-coping > h2, #guide-helping > h2').allTextContents();
    expect(headings).toEqual([
      'Coming off safely',
      'What withdrawal can feel like',
      'If this is you',
      'Coping day to day',
      'Helping someone you care about',
    ]);
    // Guide blocks are prose under headings (issue 15); each guide ends with one closed "Sources" disclosure that
    // links every block's sources and names the blocks each one backs.
    const blocks = page.locator('#guide-coming-off-safely .guide-block');
    expect(await blocks.count()).toBeGreaterThanOrEqual(6);
    for (const section of [
      '#guide-coming-off-safely',
      '#guide-withdrawal-and-help',
      '#guide-your-situation',
      '#guide-coping',
      '#guide-helping',
    ]) {
      await expect(page.locator(`${section} details.section-sources`).count(), section).resolves.toBe(1);
    }
    const sources = page.locator('#guide-coming-off-safely details.section-sources');
    await expect(sources.getAttribute('open')).resolves.toBeNull();
    await sources.locator('summary').click();
    const lines = sources.locator('li.source-note');
    expect(await lines.count()).toBeGreaterThanOrEqual(3);
    for (const heading of await blocks.locator('h3').allTextContents()) {
      await expect(lines.filter({ hasText: heading }).first().locator('a[href^="https://"]').count(), heading).resolves.toBeGreaterThan(0);
    }
    await expect(blocks.locator('.source-note').count()).resolves.toBe(0);
  });

  it('groups resources by kind and filters them by kind, region and search as you type', async () => {
    await page.getByRole('tab', { name: 'Find support' }).click();
    expect(await groupHeadings(page)).toEqual([
      'Find treatment',
      'Outpatient care and counseling',
      'Peer support and groups',
      'Online and benzo support',
      'Family and friends',
      'If you also use other drugs or alcohol',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).resolves.toBe('Showing 14 resources.');

    await page.getByLabel('Kind of help').selectOption({ label: 'Family and friends' });
    expect(await groupHeadings(page)).toEqual(['Family and friends']);
    expect(await resourceNames(page)).toEqual(['NAMI HelpLine', 'Nar-Anon Family Groups', 'Al-Anon Family Groups']);

    await page.getByLabel('Kind of help').selectOption({ label: 'All kinds' });
    await page.getByLabel('Where').selectOption({ label: 'Online, anywhere' });
    expect(await resourceNames(page)).not.toContain('FindTreatment.gov');
    expect(await resourceNames(page)).toContain('The Ashton Manual');

    await page.getByLabel('Where').selectOption({ label: 'Everywhere' });
    await page.getByLabel('Search').pressSequentially('certified');
    expect(await resourceNames(page)).toEqual(['National Alliance for Recovery Residences (NARR)']);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).resolves.toBe('Showing 1 resource.');

    await page.getByLabel('Search').fill('zzzz');
    await expect.poll(() => page.getByText('Nothing matches.').isVisible()).toBe(true);
    expect(await resourceNames(page)).toEqual([]);
    await page.getByLabel('Search').fill('');
  });

  it('labels who runs each resource and opens official sites safely in a new tab', async () => {
    await page.getByRole('tab', { name: 'Find support' }).click();
    const maudsley = page.getByRole('article', { name: 'The Maudsley Deprescribing Guidelines' });
    await expect(maudsley.getByText('Commercial', { exact: true }).count()).resolves.toBe(1);
    const links = page.locator('.resource h4 a');
    const count = await links.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      await expect(link.getAttribute('target')).resolves.toBe('_blank');
      await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
      await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\//);
    }
  });

  it('remembers checklist ticks on this device, and copies the checklist', async () => {
    await page.getByRole('tab', { name: 'Prescriber visit' }).click();
    await page.getByLabel('Can we plan a slow taper together?').check();
    await page.getByLabel('Notes on how you have been sleeping and feeling.').check();
    await page.reload();
    await page.getByRole('tab', { name: 'Prescriber visit' }).click();
    await expect.poll(() => page.getByLabel('Can we plan a slow taper together?').isChecked()).toBe(true);
    await expect(page.getByLabel('Notes on how you have been sleeping and feeling.').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Is the goal to stop, or to reach a lower dose?').isChecked()).resolves.toBe(false);

    await page.bringToFront();
    await page.getByRole('button', { name: 'Copy checklist' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('[x] Can we plan a slow taper together?');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith('Questions to ask:\n[ ] Is this medicine still right for me?')).toBe(true);
    expect(text).toContain('\n\nThings to bring:\n');
    expect(text).toContain('[x] Notes on how you have been sleeping and feeling.');
    expect(text).toContain('[ ] Is the goal to stop, or to reach a lower dose?');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in any section (${colorScheme})`, async () => {
      await page.emulateMedia({ colorScheme });
      for (const tab of TABS) {
        await page.getByRole('tab', { name: tab }).click();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.passes.length).toBeGreaterThan(10);
        expect(results.violations.map((v) => `${tab}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('opens as Chrome’s real side panel from the popup, while the toolbar icon keeps opening the popup', async () => {
    const popup = await PopupPage.open(browser);
    // A person's click comes after the popup has loaded what its buttons do (the shortcuts list shows it has): a
    // click before that opens the panel's page in a tab, as the side panel needs the click's own user gesture.
    await popup.page.locator('details.shortcuts').waitFor({ state: 'attached' });
    const cdp = await browser.context.newCDPSession(popup.page);
    const panelTargets = async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.filter((t) => t.url === `chrome-extension://${browser.extensionId}/sidepanel.html`).length;
    };
    // The side panel is not a tab, so it only shows up among the browser's targets.
    const tabsBefore = browser.context.pages().length;
    const panelsBefore = await panelTargets();
    await popup.page.getByRole('button', { name: 'Guides and recovery resources' }).click();
    await expect.poll(panelTargets).toBe(panelsBefore + 1);
    expect(browser.context.pages().length).toBe(tabsBefore);
    const behavior = await popup.page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(false);
    const manifest = await popup.page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.getManifest());
    expect(manifest.action?.default_popup).toBe('popup.html');
    await popup.page.close();
  });

  it('made no request that leaves the machine', () => {
    expect(browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
  });
});

/**
 * What the popup does through the extension APIs (and the polyfill they come with): loaded just after the first
 * paint, which needs none of it. Chrome's side panel needs the window id at the moment of the click, so it is
 * looked up as soon as this loads, long before a person can click.
 */
import { browser } from 'wxt/browser';
import { activeWebTab, checkTab } from '@/browser-api/active-tab-check';
import { loadSettings, saveSetting, watchSettings } from '@/browser-api/settings';
import { loadShortcuts, openShortcutSettings } from '@/browser-api/shortcuts';
import { createPanelOpener, type PanelSection } from '@/browser-api/side-panel';
import type { PageCheckOutcome } from '@/browser-api/active-tab-check';
import { injectHelpCard } from '@/browser-api/page-scripts';
import type { RegionCode } from '@/help-content/regions';
import type { Helpline } from '@/help-content/types';
import type { Locale } from '@/locales/locale';
import { cardLinesFor } from '@/shared/card-lines';

let windowId: number | undefined;
void browser.windows.getCurrent().then((win) => (windowId = win.id));
const openPanel = createPanelOpener();
const isToolbarPopup = () => browser.extension.getViews({ type: 'popup' }).includes(window);

export { loadSettings, loadShortcuts, openShortcutSettings, saveSetting, watchSettings };

export function openSidePanel(section?: PanelSection): void {
  void openPanel(windowId, section).then((where) => {
    if (where === 'panel' && isToolbarPopup()) window.close();
  });
}

export function openSettings(): void {
  void browser.runtime.openOptionsPage();
}

export async function checkActivePage(): Promise<PageCheckOutcome> {
  const tabId = await activeWebTab();
  return tabId === undefined ? 'unavailable' : checkTab(tabId);
}

/** The card, with the region's lines the popup shows, on the page the user just had checked. */
export async function showCardOnActivePage(locale: Locale, region: RegionCode, helplines: readonly Helpline[]): Promise<void> {
  const tabId = await activeWebTab();
  if (tabId !== undefined) await injectHelpCard(tabId, { locale, lines: cardLinesFor(region, helplines) });
}

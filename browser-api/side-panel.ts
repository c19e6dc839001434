import { browser } from 'wxt/browser';
import { EXTENSION_FILES } from '@/shared/manifest';

// The polyfill has no typings for these two APIs, so they are reached through this small typed view.
interface ChromeSidePanel {
  /** Beside one tab, or for the whole window. */
  open(options: { tabId: number } | { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}
interface PanelApis {
  chrome?: { sidePanel?: ChromeSidePanel };
  browser?: { sidebarAction?: FirefoxSidebarAction };
}

/** Chrome's side panel API, where this browser has one (a Chromium without it, and Firefox, have none). */
export function chromeSidePanel(apis: PanelApis = globalThis as PanelApis): ChromeSidePanel | undefined {
  return apis.chrome?.sidePanel;
}

export type PanelOpener = (windowId: number | undefined) => Promise<'panel' | 'tab'>;

/**
 * Opens Steady's reading panel beside the page: Chrome's side panel or Firefox's sidebar. Both need a user
 * action, so call it straight from a click handler. Where neither exists, the same page opens in a tab.
 */
export function createPanelOpener(apis: PanelApis = globalThis as PanelApis): PanelOpener {
  return async (windowId) => {
    const sidebar = apis.browser?.sidebarAction;
    if (sidebar) {
      await sidebar.open();
      return 'panel';
    }
    const sidePanel = chromeSidePanel(apis);
    if (sidePanel && windowId !== undefined) {
      await sidePanel.open({ windowId });
      return 'panel';
    }
    await browser.tabs.create({ url: browser.runtime.getURL(EXTENSION_FILES.sidePanel) });
    return 'tab';
  };
}

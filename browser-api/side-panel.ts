import { browser } from 'wxt/browser';
import { EXTENSION_FILES } from '@/shared/manifest';

// The polyfill has no typings for these two APIs, so they are reached through this small typed view.
interface ChromeSidePanel {
  /** Beside one tab, or for the whole window. */
  open(options: { tabId: number } | { windowId: number }): Promise<void>;
  /** Without a tab id, the page every tab's panel shows (a relative path in the package). */
  setOptions(options: { path: string }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
  /** The page the sidebar shows in every window. */
  setPanel(details: { panel: string }): Promise<void>;
}
interface PanelApis {
  chrome?: { sidePanel?: ChromeSidePanel };
  browser?: { sidebarAction?: FirefoxSidebarAction };
}

/** Chrome's side panel API, where this browser has one (a Chromium without it, and Firefox, have none). */
export function chromeSidePanel(apis: PanelApis = globalThis as PanelApis): ChromeSidePanel | undefined {
  return apis.chrome?.sidePanel;
}

/** A part of the panel it can open at: `sidepanel.html#diary` opens on the taper diary. */
export type PanelSection = 'diary';

/** The panel's page in the package, at a section when one is given. */
export function panelPath(section?: PanelSection): `${typeof EXTENSION_FILES.sidePanel}${string}` {
  return section ? `${EXTENSION_FILES.sidePanel}#${section}` : EXTENSION_FILES.sidePanel;
}

/**
 * Opens Chrome's side panel at a section, or at its start. The page is set every time, so a panel opened once at
 * the diary opens at its start the next time. Not awaited: `open` must run inside the click's user gesture, and
 * Chrome runs the two calls in order.
 */
export function openChromePanel(
  sidePanel: ChromeSidePanel,
  where: { tabId: number } | { windowId: number },
  section?: PanelSection,
): Promise<void> {
  void sidePanel.setOptions({ path: panelPath(section).slice(1) }).catch(() => undefined);
  return sidePanel.open(where);
}

export type PanelOpener = (windowId: number | undefined, section?: PanelSection) => Promise<'panel' | 'tab'>;

/**
 * Opens Steady's reading panel beside the page: Chrome's side panel or Firefox's sidebar. Both need a user
 * action, so call it straight from a click handler. Where neither exists, the same page opens in a tab.
 */
export function createPanelOpener(apis: PanelApis = globalThis as PanelApis): PanelOpener {
  return async (windowId, section) => {
    const sidebar = apis.browser?.sidebarAction;
    if (sidebar) {
      // Firefox too runs these in order, and `open` must come inside the click's user gesture.
      void sidebar.setPanel({ panel: browser.runtime.getURL(panelPath(section)) }).catch(() => undefined);
      await sidebar.open();
      return 'panel';
    }
    const sidePanel = chromeSidePanel(apis);
    if (sidePanel && windowId !== undefined) {
      await openChromePanel(sidePanel, { windowId }, section);
      return 'panel';
    }
    await browser.tabs.create({ url: browser.runtime.getURL(panelPath(section)) });
    return 'tab';
  };
}

import { browser } from 'wxt/browser';
import { resolveLocale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';
import { loadSettings } from '@/browser-api/settings';

const BADGE_TEXT = 'i';
const BADGE_COLOR = '#0b6e69';

/** The icon's tooltips in the reader's language (the setting, else the browser's). */
async function titles() {
  const { language } = await loadSettings();
  return uiStrings(resolveLocale(language, navigator.languages)).badge;
}

// Chrome MV3 calls it `action`; Firefox's MV2 build calls it `browserAction`.
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The "badge only" mode: a quiet mark on Steady's icon for this tab, and nothing added to the page. */
export async function showHelpBadge(tabId: number): Promise<void> {
  const action = toolbarAction();
  const { matchTitle } = await titles();
  await Promise.all([
    action.setBadgeText({ tabId, text: BADGE_TEXT }),
    action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    action.setTitle({ tabId, title: matchTitle }),
  ]);
}

/** Clears the mark on one tab, or, without a tab, on every tab (a tab's own badge outlives a global reset). */
export async function clearHelpBadge(tabId?: number): Promise<void> {
  const action = toolbarAction();
  const { defaultTitle } = await titles();
  const tabIds =
    tabId === undefined ? (await browser.tabs.query({})).map((tab) => tab.id).filter((id): id is number => id !== undefined) : [tabId];
  await Promise.all(
    tabIds.map((id) =>
      Promise.all([action.setBadgeText({ tabId: id, text: '' }), action.setTitle({ tabId: id, title: defaultTitle })]).catch(
        () => undefined,
      ),
    ),
  );
}

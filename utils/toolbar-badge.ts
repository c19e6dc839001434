import { browser } from 'wxt/browser';

const BADGE_TEXT = 'i';
const BADGE_COLOR = '#0b6e69';
const DEFAULT_TITLE = 'Steady: help for coming off benzos';
const MATCH_TITLE = 'Steady: help for what this page is about is one click away';

// Chrome MV3 calls it `action`; Firefox's MV2 build calls it `browserAction`.
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The "badge only" mode: a quiet mark on Steady's icon for this tab, and nothing added to the page. */
export async function showHelpBadge(tabId: number): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: BADGE_TEXT }),
    action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    action.setTitle({ tabId, title: MATCH_TITLE }),
  ]);
}

export async function clearHelpBadge(tabId?: number): Promise<void> {
  const action = toolbarAction();
  await Promise.all([action.setBadgeText(tabId === undefined ? { text: '' } : { tabId, text: '' }), action.setTitle(tabId === undefined ? { title: DEFAULT_TITLE } : { tabId, title: DEFAULT_TITLE })]);
}

export async function isHelpBadgeShown(tabId: number): Promise<boolean> {
  return (await toolbarAction().getBadgeText({ tabId })) === BADGE_TEXT;
}

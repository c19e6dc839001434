import { browser, type Browser } from 'wxt/browser';
import { EXTENSION_FILES } from '@/shared/manifest';
import { injectCloseReader, injectHelpCard, syncDetectorRegistration } from '@/browser-api/page-scripts';
import { isCloseReaderRequestMessage, isFromOwnTopFrame, isOpenMoreHelpMessage, isPageDecisionMessage } from '@/shared/messages';
import { hasPageAccess } from '@/browser-api/page-access';
import { chromeSidePanel, openChromePanel } from '@/browser-api/side-panel';
import { loadSettings, saveSetting } from '@/browser-api/settings';
import { clearHelpBadge, showHelpBadge } from '@/background/toolbar-badge';
import { readerCard } from '@/background/reader-choices';

type Sender = Browser.runtime.MessageSender;

/**
 * A page's decision: the badge for a match in either mode, and the card too in card mode; the badge cleared for a
 * page without a match. A page can draw a fake card, but not a mark on Steady's icon: the badge is the trusted one.
 */
export async function handlePageDecision(message: unknown, sender: Sender): Promise<void> {
  if (!isPageDecisionMessage(message) || !isFromOwnTopFrame(sender, browser.runtime.id)) return;
  const tabId = sender.tab!.id!;
  // A check the user asked for from the popup is answered in the popup, not on the page.
  if (message.requested) return;
  if (!message.offer) return clearHelpBadge(tabId);
  const { contextualHelp } = await loadSettings();
  if (contextualHelp === 'off') return;
  await showHelpBadge(tabId);
  if (contextualHelp !== 'card') return;
  const documentId = (sender as { documentId?: string }).documentId;
  await readerCard()
    .then((card) => injectHelpCard(tabId, card, documentId))
    .catch(() => undefined);
}

/**
 * The detector's first look found a benzo named in its page: the close reader goes into that very page. The answer
 * (true once it has run there) tells the detector to go on.
 */
export function handleCloseReaderRequest(message: unknown, sender: Sender): Promise<boolean> | undefined {
  if (!isCloseReaderRequestMessage(message) || !isFromOwnTopFrame(sender, browser.runtime.id)) return undefined;
  const documentId = (sender as { documentId?: string }).documentId;
  return injectCloseReader(sender.tab!.id!, documentId).then(
    () => true,
    () => false,
  );
}

/** "More help" on the card: the side panel beside that tab, or the popup's page in a new tab where there is none. */
export function handleOpenMoreHelp(message: unknown, sender: Sender): Promise<void> | undefined {
  if (!isOpenMoreHelpMessage(message) || !isFromOwnTopFrame(sender, browser.runtime.id)) return undefined;
  const tab = sender.tab!;
  const openPopupPage = () =>
    browser.tabs.create({ url: browser.runtime.getURL(EXTENSION_FILES.popup), index: (tab.index ?? 0) + 1 }).then(() => undefined);
  // Called at once, inside the click's user gesture, which Chrome requires for sidePanel.open.
  const sidePanel = chromeSidePanel();
  if (sidePanel && tab.id !== undefined) return openChromePanel(sidePanel, { tabId: tab.id }).catch(openPopupPage);
  return openPopupPage();
}

/** When any access to pages is taken away, contextual help turns itself off cleanly. */
export async function handlePermissionsRemoved(): Promise<void> {
  if (!(await hasPageAccess()) && (await loadSettings()).contextualHelp !== 'off') await saveSetting('contextualHelp', 'off');
  await syncDetectorRegistration();
  if (!(await hasPageAccess())) await clearHelpBadge();
}

/** Settings changed: register or unregister the detector, and clear badges when help is off. */
export async function handleSettingsChanged(): Promise<void> {
  const active = await syncDetectorRegistration();
  if (!active) await clearHelpBadge();
}

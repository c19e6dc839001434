import { browser } from 'wxt/browser';

const BADGE_MS = 2_500;

/**
 * Says that a copy from the context menu or the keyboard shortcut worked, or that the browser refused:
 * a brief mark on Steady's icon, and a short notice in the page (which the user's click or key press lets
 * Steady add to that one tab) that screen readers announce.
 */
export async function confirmCopy(tabId: number | undefined, copied: boolean, what: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const text = copied ? '✓' : '!';
  await action.setBadgeText(tabId === undefined ? { text } : { tabId, text }).catch(() => undefined);
  setTimeout(() => void action.setBadgeText(tabId === undefined ? { text: '' } : { tabId, text: '' }).catch(() => undefined), BADGE_MS);
  if (tabId === undefined) return;
  const message = copied ? `Steady copied ${what}.` : 'Steady could not copy. Open Steady from the toolbar to copy by hand.';
  await showPageNotice(tabId, message).catch(() => undefined);
}

async function showPageNotice(tabId: number, message: string): Promise<void> {
  if (browser.runtime.getManifest().manifest_version === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: pageNotice, args: [message] });
  } else {
    await browser.tabs.executeScript(tabId, { code: `(${pageNotice.toString()})(${JSON.stringify(message)});`, frameId: 0 });
  }
}

/** Runs inside the page: a small notice in a closed shadow root, gone after a few seconds. Self-contained. */
function pageNotice(message: string): void {
  const host = document.createElement('div');
  const place: [string, string][] = [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['left', '50%'],
    ['bottom', '16px'],
    ['transform', 'translateX(-50%)'],
    ['z-index', '2147483647'],
  ];
  for (const [property, value] of place) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('p');
  box.setAttribute('role', 'status');
  const styles: [string, string][] = [
    ['margin', '0'],
    ['padding', '10px 16px'],
    ['border-radius', '8px'],
    ['background', '#0b6e69'],
    ['color', '#ffffff'],
    ['font', '600 15px/1.4 system-ui, sans-serif'],
    ['box-shadow', '0 4px 16px rgba(0,0,0,0.25)'],
  ];
  for (const [property, value] of styles) box.style.setProperty(property, value);
  shadow.append(box);
  document.documentElement.append(host);
  // Text set after insertion, so screen readers announce it.
  setTimeout(() => (box.textContent = message), 50);
  setTimeout(() => host.remove(), 4_000);
}

import { browser } from 'wxt/browser';

/**
 * Shows a system notification from Steady, with its icon and name, replacing any earlier one with the same id.
 * A refusal (notifications turned off for the browser) is not an error: nothing else depends on it.
 */
export async function notify(id: string, message: string): Promise<void> {
  await browser.notifications
    .create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: 'Steady', message })
    .catch(() => undefined);
}

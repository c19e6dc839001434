import { notify } from '@/background/notify';
import { toolbarAction } from '@/background/toolbar-badge';

const BADGE_MS = 2_500;
const NOTIFICATION_ID = 'steady-copy';

/**
 * Says that a copy from the context menu or the keyboard shortcut worked, or that the browser refused: a brief
 * mark on Steady's icon, and a system notification, which screen readers announce. Nothing is added to the page:
 * the site the user is pasting into must not learn that they use Steady.
 */
export async function confirmCopy(tabId: number | undefined, message: string, copied: boolean): Promise<void> {
  await Promise.all([flashBadge(tabId, copied ? '✓' : '!'), notify(NOTIFICATION_ID, message)]);
}

async function flashBadge(tabId: number | undefined, text: string): Promise<void> {
  const action = toolbarAction();
  const scope = tabId === undefined ? {} : { tabId };
  // Put back whatever the badge said before (the "help for this page" mark), not an empty badge.
  const previous = await action.getBadgeText(scope).catch(() => '');
  await action.setBadgeText({ ...scope, text }).catch(() => undefined);
  setTimeout(() => void action.setBadgeText({ ...scope, text: previous }).catch(() => undefined), BADGE_MS);
}

import { browser } from 'wxt/browser';
import type { Shortcut } from '../components/KeyboardShortcuts';

/** Steady's commands with their current keys; the popup's entry is named plainly. */
export async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.map((command) => ({
    description: command.name === '_execute_action' || command.name === '_execute_browser_action' ? 'Open Steady' : (command.description ?? command.name ?? ''),
    shortcut: command.shortcut ?? '',
  }));
}

/** Opens the browser's own page for changing extension shortcuts. */
export function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

import { browser } from 'wxt/browser';
import type { Shortcut } from '../components/KeyboardShortcuts';
import type { Locale } from './i18n/locale';
import { uiStrings } from './i18n/ui-strings';
import { COPY_MAIN_COMMAND } from './quick-copy-ids';

/** Steady's commands with their current keys, named in the reader's language (the manifest's follow the browser). */
export async function loadShortcuts(locale: Locale): Promise<Shortcut[]> {
  const t = uiStrings(locale).shortcuts;
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.map((command) => ({
    description:
      command.name === '_execute_action' || command.name === '_execute_browser_action'
        ? t.openSteady
        : command.name === COPY_MAIN_COMMAND
          ? t.copyMain
          : (command.description ?? command.name ?? ''),
    shortcut: command.shortcut ?? '',
  }));
}

/** Opens the browser's own page for changing extension shortcuts. */
export function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

import { browser } from 'wxt/browser';
import type { UiStrings } from '@/locales/ui-strings';
import { COPY_MAIN_COMMAND, OPEN_POPUP_COMMANDS } from '@/shared/manifest';

export interface Shortcut {
  description: string;
  /** Empty when the user (or a clash with another extension) left it unset. */
  shortcut: string;
}

/** Steady's commands with their current keys, named in the reader's language (the manifest's follow the browser). */
export async function loadShortcuts(t: UiStrings['shortcuts']): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.map((command) => ({
    description: Object.values<string | undefined>(OPEN_POPUP_COMMANDS).includes(command.name)
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

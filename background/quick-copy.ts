import { browser } from 'wxt/browser';
import { helplinesForRegion, quickCopyLines } from '@/help-content/helplines';
import { copyFromBackground } from '@/background/clipboard';
import { confirmCopy } from '@/background/copy-confirmation';
import { formatHelpline, formatHelplines } from '@/shared/format-helpline';
import type { Helpline } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import type { UiStrings } from '@/locales/ui-strings';
import { COPY_MAIN_COMMAND } from '@/shared/manifest';
import { readerChoices } from '@/background/reader-choices';

const MENU_ROOT = 'steady-copy';
const MENU_ALL = 'steady-copy:all';
const MENU_LINE_PREFIX = 'steady-copy:line:';

// Any page, selected text, a link, or a text box the user is typing in: a counsellor pasting into a message.
const CONTEXTS: ['page', 'selection', 'link', 'editable'] = ['page', 'selection', 'link', 'editable'];

function menus() {
  return browser.contextMenus;
}

export interface CopyMenuItem {
  id: string;
  parentId?: string;
  title?: string;
  type?: 'separator';
}

/** The right-click menu's items for a region, in the reader's language: plain data, so it can be tested. */
export function copyMenuItems(region: RegionCode, lines: readonly Helpline[], t: UiStrings['background']): CopyMenuItem[] {
  return [
    { id: MENU_ROOT, title: t.menuRoot },
    // The region's emergency line first, then its helplines or the directories: every copy menu has both routes.
    ...helplinesForRegion(region, lines).map((line) => ({ id: `${MENU_LINE_PREFIX}${line.id}`, parentId: MENU_ROOT, title: line.name })),
    { id: `${MENU_ROOT}:separator`, parentId: MENU_ROOT, type: 'separator' as const },
    { id: MENU_ALL, parentId: MENU_ROOT, title: t.menuAll },
  ];
}

function copiedMessage(line: Helpline, t: UiStrings['background']): string {
  return line.call || line.text || line.kind === 'directory' ? t.copiedLine(line.name) : t.copiedAdvice;
}

/**
 * A title as the browser's menu must be given it: both Chrome and Firefox take "&" as the mark of an access key
 * (Firefox showed "988 Suicide  Crisis Lifeline"), and show "&&" as one "&".
 */
export function menuLabel(title: string): string {
  return title.replaceAll('&', '&&');
}

let building: Promise<void> = Promise.resolve();

/** "Copy helpline info" on the right-click menu: one item per helpline of the user's region, and "Copy all". */
export function buildCopyMenu(): Promise<void> {
  // One rebuild at a time: overlapping rebuilds would create the same ids twice.
  building = building.catch(() => undefined).then(rebuildCopyMenu);
  return building;
}

async function rebuildCopyMenu(): Promise<void> {
  const { region, lines, t } = await readerChoices();
  await menus().removeAll();
  for (const item of copyMenuItems(region, lines, t)) {
    menus().create({ ...item, ...(item.title ? { title: menuLabel(item.title) } : {}), contexts: CONTEXTS });
  }
}

/** A click on one of Steady's menu items: copy in the user's format, then confirm. Other items are ignored. */
export async function handleCopyMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<void> {
  const id = String(info.menuItemId);
  if (!id.startsWith(MENU_ROOT)) return;
  const choices = await readerChoices();
  const { settings, region, locale, t } = choices;
  const lines = helplinesForRegion(region, choices.lines);
  if (id === MENU_ALL) {
    const copied = await copyFromBackground(formatHelplines(lines, settings.copyFormat, region, locale));
    return confirmCopy(tab?.id, copied ? t.copiedAll : t.copyFailed, copied);
  }
  const line = lines.find((l) => id === `${MENU_LINE_PREFIX}${l.id}`);
  if (!line) return;
  const copied = await copyFromBackground(formatHelpline(line, settings.copyFormat, locale));
  return confirmCopy(tab?.id, copied ? copiedMessage(line, t) : t.copyFailed, copied);
}

/** The keyboard shortcut: copy the region's emergency route, crisis route and main line in the user's format. */
export async function handleCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== COPY_MAIN_COMMAND) return;
  const { settings, region, locale, lines, t } = await readerChoices();
  const copied = await copyFromBackground(formatHelplines(quickCopyLines(region, lines), settings.copyFormat, region, locale));
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return confirmCopy(tabId, copied ? t.copiedShortcut : t.copyFailed, copied);
}

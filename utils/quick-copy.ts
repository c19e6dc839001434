import { browser } from 'wxt/browser';
import { helplinesForRegion, mainHelplineForRegion } from './content/helplines';
import { copyFromBackground } from './background-clipboard';
import { confirmCopy } from './copy-confirmation';
import { formatHelpline, formatHelplines } from './format-helpline';
import { resolveRegion } from './resolve-region';
import { loadSettings } from './settings';

const MENU_ROOT = 'steady-copy';
const MENU_ALL = 'steady-copy:all';
const MENU_LINE_PREFIX = 'steady-copy:line:';
export const COPY_MAIN_COMMAND = 'copy-main-helpline';

// Any page, selected text, a link, or a text box the user is typing in: a counsellor pasting into a message.
const CONTEXTS: ['page', 'selection', 'link', 'editable'] = ['page', 'selection', 'link', 'editable'];

function menus() {
  return browser.contextMenus;
}

async function currentRegion() {
  const settings = await loadSettings();
  return { settings, region: resolveRegion(settings.region, navigator.languages).region };
}

function quickCopyLines(region: ReturnType<typeof resolveRegion>['region']) {
  return helplinesForRegion(region).filter((line) => line.kind !== 'emergency');
}

let building: Promise<void> = Promise.resolve();

/** "Copy helpline info" on the right-click menu: one item per helpline of the user's region, and "Copy all". */
export function buildCopyMenu(): Promise<void> {
  // One rebuild at a time: overlapping rebuilds would create the same ids twice.
  building = building.catch(() => undefined).then(rebuildCopyMenu);
  return building;
}

async function rebuildCopyMenu(): Promise<void> {
  const { region } = await currentRegion();
  await menus().removeAll();
  menus().create({ id: MENU_ROOT, title: 'Copy helpline info', contexts: CONTEXTS });
  for (const line of quickCopyLines(region)) {
    menus().create({ id: `${MENU_LINE_PREFIX}${line.id}`, parentId: MENU_ROOT, title: line.name, contexts: CONTEXTS });
  }
  menus().create({ id: `${MENU_ROOT}:separator`, parentId: MENU_ROOT, type: 'separator', contexts: CONTEXTS });
  menus().create({ id: MENU_ALL, parentId: MENU_ROOT, title: 'Copy all helplines', contexts: CONTEXTS });
}

/** A click on one of Steady's menu items: copy in the user's format, then confirm. Other items are ignored. */
export async function handleCopyMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<void> {
  const id = String(info.menuItemId);
  if (!id.startsWith(MENU_ROOT)) return;
  const { settings, region } = await currentRegion();
  const lines = quickCopyLines(region);
  if (id === MENU_ALL) {
    const copied = await copyFromBackground(formatHelplines(lines, settings.copyFormat, region));
    return confirmCopy(tab?.id, copied, 'all helplines');
  }
  const line = lines.find((l) => id === `${MENU_LINE_PREFIX}${l.id}`);
  if (!line) return;
  const copied = await copyFromBackground(formatHelpline(line, settings.copyFormat));
  return confirmCopy(tab?.id, copied, `the ${line.name} details`);
}

/** The keyboard shortcut: copy the region's main helpline in the user's format. */
export async function handleCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== COPY_MAIN_COMMAND) return;
  const { settings, region } = await currentRegion();
  const line = mainHelplineForRegion(region);
  const copied = await copyFromBackground(formatHelpline(line, settings.copyFormat));
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return confirmCopy(tabId, copied, `the ${line.name} details`);
}

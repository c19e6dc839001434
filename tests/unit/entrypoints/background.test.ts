import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

/**
 * The background's wiring, end to end through the real `main()`: WXT's fakeBrowser supplies runtime, tabs, action
 * and storage, and the test drives its events, as in WXT's vitest-unit-testing example. Only browser calls are
 * observed, never Steady's own modules.
 *
 * fakeBrowser (@webext-core/fake-browser 1.5) leaves contextMenus, commands, permissions and scripting
 * unimplemented: each throws "not implemented", events included, so `main()` could not even
 * add its listeners. The stubs below fill in only those, in this test, as small in-memory fakes: a menu that
 * removeAll empties and create fills, a list of registered content scripts, and events with a `trigger` like
 * fakeBrowser's own. They are put back fresh before every test.
 */

// biome-ignore lint/suspicious/noExplicitAny: a stand-in event takes the listeners of many browser events, each with its own arguments
type Listener = (...args: any[]) => unknown;

/** An event like fakeBrowser's: listeners added by the code under test, and a `trigger` for the test. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: vi.fn((listener: Listener) => void listeners.push(listener)),
    removeListener: vi.fn((listener: Listener) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1)),
    hasListener: (listener: Listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: async (...args: unknown[]) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

interface MenuItem {
  id: string;
  parentId?: string;
  title?: string;
  type?: string;
}

let menu: Map<string, MenuItem>;
/** Ids created while already in the menu: the browser would refuse them. */
let duplicateIds: string[];
let registeredScripts: Map<string, { id: string }>;
/** What `permissions.contains` answers for page access. */
let pageAccess: boolean;

function stubMissingApis() {
  menu = new Map();
  duplicateIds = [];
  registeredScripts = new Map();
  pageAccess = false;
  // biome-ignore lint/suspicious/noExplicitAny: adds the APIs fakeBrowser lacks, which its type does not have
  const b = fakeBrowser as any;
  b.contextMenus = {
    create: vi
      .fn((item: MenuItem) => {
        if (menu.has(item.id)) duplicateIds.push(item.id);
        menu.set(item.id, item);
        return item.id;
      })
      .mockName('contextMenus.create'),
    removeAll: vi.fn(async () => menu.clear()).mockName('contextMenus.removeAll'),
    onClicked: fakeEvent(),
  };
  b.commands = { onCommand: fakeEvent() };
  b.action.setPopup = vi.fn(async () => undefined).mockName('action.setPopup');
  b.permissions = {
    contains: vi.fn(async () => pageAccess),
    onAdded: fakeEvent(),
    onRemoved: fakeEvent(),
  };
  b.scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...registeredScripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    ),
    registerContentScripts: vi
      .fn(async (scripts: { id: string }[]) => {
        for (const script of scripts) registeredScripts.set(script.id, script);
      })
      .mockName('scripting.registerContentScripts'),
    unregisterContentScripts: vi
      .fn(async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...registeredScripts.keys()]) registeredScripts.delete(id);
      })
      .mockName('scripting.unregisterContentScripts'),
  };
  return b as {
    contextMenus: { create: ReturnType<typeof vi.fn>; removeAll: ReturnType<typeof vi.fn> };
    // fakeBrowser.permissions.onRemoved, typed with the stub's `trigger`.
    permissions: { contains: ReturnType<typeof vi.fn>; onRemoved: ReturnType<typeof fakeEvent> };
    scripting: { registerContentScripts: ReturnType<typeof vi.fn>; unregisterContentScripts: ReturnType<typeof vi.fn> };
    action: { setPopup: ReturnType<typeof vi.fn> };
  };
}

/**
 * The background starts its work without awaiting it (`void buildCopyMenu()`); every fake answers in microtasks,
 * so a few turns of the event loop let all of it finish before counting.
 */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

const menuTitles = () => [...menu.values()].map((item) => item.title).filter((title): title is string => title !== undefined);

let stubs: ReturnType<typeof stubMissingApis>;

/** Starts the background the way the browser does: its real `main()`, then lets its start-up work finish. */
async function startBackground() {
  background.main();
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  stubs = stubMissingApis();
});

describe('background wiring: first run', () => {
  it('opens the welcome page once on install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startBackground();
    expect(create).not.toHaveBeenCalled();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();

    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/welcome.html` });
    const welcomeTabs = (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));
    expect(welcomeTabs).toHaveLength(1);
  });

  it('opens nothing on update, or when the browser updates', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startBackground();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await settle();

    expect(create).toHaveBeenCalledTimes(0);
  });
});

describe('background wiring: the copy menu', () => {
  it('is built once at start, from the stored region and language', async () => {
    await fakeBrowser.storage.local.set({ region: 'US', language: 'en' });
    await startBackground();

    expect(stubs.contextMenus.removeAll).toHaveBeenCalledTimes(1);
    expect(stubs.contextMenus.create).toHaveBeenCalledTimes(menu.size);
    expect(duplicateIds).toEqual([]);
    expect(menu.get('steady-copy')?.title).toBe('Copy helpline info');
    expect(menuTitles()).toContain('Emergency services (911)');
    // The browser is given "&&" for the "&" a reader sees (Firefox's menu showed "988 Suicide  Crisis Lifeline").
    expect(menuTitles()).toContain('988 Suicide && Crisis Lifeline');
  });

  it('is rebuilt once when the region changes, with that region’s lines', async () => {
    await fakeBrowser.storage.local.set({ region: 'US', language: 'en' });
    await startBackground();
    stubs.contextMenus.removeAll.mockClear();
    stubs.contextMenus.create.mockClear();

    await fakeBrowser.storage.local.set({ region: 'GB' });
    await settle();

    expect(stubs.contextMenus.removeAll).toHaveBeenCalledTimes(1);
    expect(stubs.contextMenus.create).toHaveBeenCalledTimes(menu.size);
    expect(duplicateIds).toEqual([]);
    expect(menuTitles()).toContain('Emergency services (999)');
    expect(menuTitles()).not.toContain('Emergency services (911)');
  });

  it('is rebuilt once when the language changes, in that language', async () => {
    await fakeBrowser.storage.local.set({ region: 'US', language: 'en' });
    await startBackground();
    stubs.contextMenus.removeAll.mockClear();
    stubs.contextMenus.create.mockClear();

    await fakeBrowser.storage.local.set({ language: 'es' });
    await settle();

    expect(stubs.contextMenus.removeAll).toHaveBeenCalledTimes(1);
    expect(stubs.contextMenus.create).toHaveBeenCalledTimes(menu.size);
    expect(duplicateIds).toEqual([]);
    expect(menu.get('steady-copy')?.title).toBe('Copiar datos de ayuda');
  });

  it('is not rebuilt when another setting changes', async () => {
    await startBackground();
    stubs.contextMenus.removeAll.mockClear();
    stubs.contextMenus.create.mockClear();

    await fakeBrowser.storage.local.set({ theme: 'dark' });
    await settle();

    expect(stubs.contextMenus.removeAll).toHaveBeenCalledTimes(0);
    expect(stubs.contextMenus.create).toHaveBeenCalledTimes(0);
  });
});

describe('background wiring: the popup page in the reader’s language', () => {
  const pointedAt = () => stubs.action.setPopup.mock.calls.map(([details]) => (details as { popup: string }).popup);

  it('points the toolbar button at the English popup at start, from the browser’s language', async () => {
    await startBackground();
    expect(navigator.languages[0]).toMatch(/^en\b/);
    expect(pointedAt()).toEqual(['/popup.html']);
  });

  it('points it at the Spanish popup when Spanish is chosen, and back', async () => {
    await fakeBrowser.storage.local.set({ language: 'es' });
    await startBackground();
    expect(pointedAt()).toEqual(['/popup-es.html']);

    await fakeBrowser.storage.local.set({ language: 'auto' });
    await settle();
    expect(pointedAt()).toEqual(['/popup-es.html', '/popup.html']);
  });

  it('points it again when the browser starts, which forgets it, and not when another setting changes', async () => {
    await fakeBrowser.storage.local.set({ language: 'es' });
    await startBackground();
    await fakeBrowser.storage.local.set({ theme: 'dark', region: 'MX' });
    await settle();
    expect(pointedAt()).toEqual(['/popup-es.html']);

    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(pointedAt()).toEqual(['/popup-es.html', '/popup-es.html']);
  });
});

describe('background wiring: page access taken away', () => {
  it('turns contextual help off and unregisters the page detector', async () => {
    pageAccess = true;
    await fakeBrowser.storage.local.set({ contextualHelp: 'card' });
    await startBackground();
    // With help on and access granted, the start-up sync registered the detector.
    expect(stubs.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect([...registeredScripts.keys()]).toEqual(['steady-page-detector']);

    pageAccess = false;
    await stubs.permissions.onRemoved.trigger({ origins: ['http://*/*', 'https://*/*'] });
    await settle();

    expect(await fakeBrowser.storage.local.get('contextualHelp')).toEqual({ contextualHelp: 'off' });
    expect(stubs.scripting.unregisterContentScripts).toHaveBeenCalledTimes(1);
    expect(stubs.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['steady-page-detector'] });
    expect(registeredScripts.size).toBe(0);
    expect(stubs.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('leaves help on while access remains (another permission was removed)', async () => {
    pageAccess = true;
    await fakeBrowser.storage.local.set({ contextualHelp: 'badge' });
    await startBackground();

    await stubs.permissions.onRemoved.trigger({ permissions: ['notifications'] });
    await settle();

    expect(await fakeBrowser.storage.local.get('contextualHelp')).toEqual({ contextualHelp: 'badge' });
    expect(stubs.scripting.unregisterContentScripts).toHaveBeenCalledTimes(0);
    expect([...registeredScripts.keys()]).toEqual(['steady-page-detector']);
  });
});

describe('background wiring: the diary’s daily reminder', () => {
  it('sets its alarm when turned on, reminds when it rings, and clears it when turned off or erased', async () => {
    await startBackground();
    await expect(fakeBrowser.alarms.getAll()).resolves.toEqual([]);

    await fakeBrowser.storage.local.set({ diaryReminder: '20:00' });
    await settle();
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect(alarm?.name).toBe('steady-diary-reminder');
    expect(new Date(alarm!.scheduledTime).getHours()).toBe(20);

    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm!, scheduledTime: Date.now() });
    await settle();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['steady-diary-reminder']);

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('steady-diary-reminder');
    await settle();
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html#diary` });

    // "Erase everything" clears storage: the reminder is off, and its alarm goes.
    await fakeBrowser.storage.local.clear();
    await settle();
    await expect(fakeBrowser.alarms.getAll()).resolves.toEqual([]);
  });

  it('at start, sets the alarm again if the browser dropped it', async () => {
    await fakeBrowser.storage.local.set({ diaryReminder: '07:30' });
    await startBackground();
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect([alarm?.name, new Date(alarm!.scheduledTime).getHours(), new Date(alarm!.scheduledTime).getMinutes()]).toEqual([
      'steady-diary-reminder',
      7,
      30,
    ]);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelOpener, panelPath } from '@/browser-api/side-panel';

beforeEach(() => fakeBrowser.reset());

/** A panel API whose calls are recorded in order, to see the page set before the panel opens. */
function recorder() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    async (arg?: unknown): Promise<void> => {
      calls.push(arg === undefined ? name : `${name} ${JSON.stringify(arg)}`);
    };
  return { calls, record };
}

describe('createPanelOpener', () => {
  it('opens Firefox’s sidebar at its start, setting the page first', async () => {
    const { calls, record } = recorder();
    const sidebarAction = { open: record('open'), setPanel: record('setPanel') };
    await expect(createPanelOpener({ browser: { sidebarAction } })(undefined)).resolves.toBe('panel');
    expect(calls).toEqual([`setPanel {"panel":"chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html"}`, 'open']);
  });

  it('opens Firefox’s sidebar at the diary', async () => {
    const { calls, record } = recorder();
    const sidebarAction = { open: record('open'), setPanel: record('setPanel') };
    await createPanelOpener({ browser: { sidebarAction } })(undefined, 'diary');
    expect(calls[0]).toMatch(/^setPanel \{"panel":".*\/sidepanel\.html#diary"\}$/);
    expect(calls[1]).toBe('open');
  });

  it('opens Chrome’s side panel in the given window, at its start or at the diary', async () => {
    const { calls, record } = recorder();
    const sidePanel = { open: record('open'), setOptions: record('setOptions') };
    await expect(createPanelOpener({ chrome: { sidePanel } })(7)).resolves.toBe('panel');
    await createPanelOpener({ chrome: { sidePanel } })(7, 'diary');
    expect(calls).toEqual([
      'setOptions {"path":"sidepanel.html"}',
      'open {"windowId":7}',
      'setOptions {"path":"sidepanel.html#diary"}',
      'open {"windowId":7}',
    ]);
  });

  it('still opens the panel when setting its page fails', async () => {
    const open = vi.fn(async () => undefined);
    const setOptions = vi.fn(async () => {
      throw new Error('no such option');
    });
    await expect(createPanelOpener({ chrome: { sidePanel: { open, setOptions } } })(7, 'diary')).resolves.toBe('panel');
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('falls back to a tab when there is no panel to open, at the section asked for', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(createPanelOpener({})(undefined)).resolves.toBe('tab');
    await createPanelOpener({})(undefined, 'diary');
    expect(created.mock.calls).toEqual([
      [{ url: expect.stringMatching(/\/sidepanel\.html$/) }],
      [{ url: expect.stringMatching(/\/sidepanel\.html#diary$/) }],
    ]);
  });
});

describe('panelPath', () => {
  it('names the panel’s page, and the diary’s part of it', () => {
    expect(panelPath()).toBe('/sidepanel.html');
    expect(panelPath('diary')).toBe('/sidepanel.html#diary');
  });
});

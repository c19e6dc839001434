import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelOpener } from '@/browser-api/side-panel';

beforeEach(() => fakeBrowser.reset());

describe('createPanelOpener', () => {
  it('opens Firefox’s sidebar', async () => {
    const open = vi.fn(async () => undefined);
    await expect(createPanelOpener({ browser: { sidebarAction: { open } } })(undefined)).resolves.toBe('panel');
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens Chrome’s side panel in the given window', async () => {
    const open = vi.fn(async () => undefined);
    await expect(createPanelOpener({ chrome: { sidePanel: { open } } })(7)).resolves.toBe('panel');
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('falls back to a tab when there is no panel to open', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(createPanelOpener({})(undefined)).resolves.toBe('tab');
    expect(created).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html$/) });
  });
});

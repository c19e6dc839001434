import type { Page } from 'puppeteer-core';
import { FirefoxBidi, type RemoteReference, type RemoteValue } from '../fixtures/firefox-bidi';

/** What a button or link is called: its aria-label, else its text. */
const CONTROL_NAMED = `(root, name) => {
  const named = [...root.querySelectorAll('button, a')].find(
    (el) => (el.hasAttribute('aria-label') ? el.getAttribute('aria-label') : el.textContent.trim()) === name,
  );
  if (!named) return null;
  named.scrollIntoView({ block: 'nearest' });
  return named;
}`;

/**
 * The in-page help card in Firefox. It lives in a closed shadow root, which page scripts and Puppeteer's selectors
 * cannot enter; WebDriver BiDi can serialize closed shadow roots, so this reaches it that way and clicks it with
 * the real mouse (tests/e2e/pages/help-card.ts does the same over the DevTools protocol in Chromium).
 */
export class FirefoxHelpCard {
  private readonly bidi: FirefoxBidi;

  constructor(page: Page) {
    this.bidi = FirefoxBidi.of(page);
  }

  /** The shadow roots of the elements Steady may add under <html> (its card hosts). */
  private async shadowRoots(): Promise<RemoteReference[]> {
    const hosts = await this.bidi.call(
      '() => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body)',
      [],
      { includeShadowTree: 'all' },
    );
    return (hosts.value as RemoteValue[])
      .map((host) => (host.value as { shadowRoot?: RemoteValue | null }).shadowRoot)
      .filter((root): root is RemoteValue => Boolean(root?.sharedId));
  }

  async count(): Promise<number> {
    return (await this.shadowRoots()).length;
  }

  private async shadow(): Promise<RemoteReference> {
    const [root] = await this.shadowRoots();
    if (!root) throw new Error('No help card on the page');
    return root;
  }

  /** Visible text of the card (its shadow tree without its style sheets), whitespace folded. */
  async text(): Promise<string> {
    return this.bidi.value<string>(
      `(root) => {
        const parts = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.localName !== 'style') parts.push(node.nodeValue);
        }
        return parts.join(' ').replace(/\\s+/g, ' ').trim();
      }`,
      [await this.shadow()],
    );
  }

  private async control(name: string): Promise<RemoteReference> {
    const found = await this.bidi.call(CONTROL_NAMED, [await this.shadow(), name]);
    if (found.type !== 'node') throw new Error(`No control named "${name}" in the help card`);
    return found;
  }

  async href(name: string): Promise<string | null> {
    return this.bidi.value<string | null>('(link) => link.getAttribute("href")', [await this.control(name)]);
  }

  /** A real mouse click on a button or link of the card, by its accessible name. */
  async click(name: string): Promise<void> {
    await this.bidi.click(await this.control(name));
  }
}

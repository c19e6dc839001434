import type { CDPSession, Page } from 'playwright-core';
import { MIN_VISIBLE_MS } from '../../../page/help-card/card-visibility';

/** How long to let a new card stay in view before clicking something that switches Steady off. */
export const CARD_SETTLE_MS = MIN_VISIBLE_MS + 300;

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The in-page help card. It lives in a closed shadow root, which page scripts and Playwright's selectors
 * cannot enter, so this reaches it through the DevTools protocol and clicks it with the real mouse.
 */
export class HelpCardOnPage {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<HelpCardOnPage> {
    return new HelpCardOnPage(page, await page.context().newCDPSession(page));
  }

  /** Elements directly under <html> that carry a shadow root: Steady's card hosts. */
  private async hosts(): Promise<DomNode[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.localName === 'html');
    return (html?.children ?? []).filter((n) => (n.shadowRoots?.length ?? 0) > 0);
  }

  async count(): Promise<number> {
    return (await this.hosts()).length;
  }

  private async shadow(): Promise<DomNode> {
    const [host] = await this.hosts();
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('No help card on the page');
    return shadow;
  }

  /** Visible text of the card (its shadow tree), whitespace folded. */
  async text(): Promise<string> {
    const parts: string[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeName === 'STYLE') return;
      if (node.nodeValue && node.nodeName === '#text') parts.push(node.nodeValue);
      node.children?.forEach(walk);
    };
    walk(await this.shadow());
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  private async find(match: (node: DomNode, text: string) => boolean): Promise<DomNode> {
    const found: DomNode[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
    const walk = (node: DomNode) => {
      if (match(node, textOf(node).trim())) found.push(node);
      node.children?.forEach(walk);
    };
    walk(await this.shadow());
    if (!found[0]) throw new Error('No such control in the help card');
    return found[0];
  }

  private async attribute(node: DomNode, name: string): Promise<string | undefined> {
    const attrs = node.attributes ?? [];
    const i = attrs.indexOf(name);
    return i >= 0 ? attrs[i + 1] : undefined;
  }

  /** A button or link by its accessible text (aria-label, or its text). */
  private async control(name: string): Promise<DomNode> {
    return this.find((node, text) => {
      if (node.localName !== 'button' && node.localName !== 'a') return false;
      const attrs = node.attributes ?? [];
      const label = attrs[attrs.indexOf('aria-label') + 1];
      return (attrs.includes('aria-label') ? label : text) === name;
    });
  }

  async href(name: string): Promise<string | undefined> {
    return this.attribute(await this.control(name), 'href');
  }

  async click(name: string): Promise<void> {
    const node = await this.control(name);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /** The card's outer box on the page, in CSS pixels. */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    const node = await this.find((n) => n.localName === 'section');
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { border: number[]; width: number; height: number };
    };
    return { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height };
  }
}
